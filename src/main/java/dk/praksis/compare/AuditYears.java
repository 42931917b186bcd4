package dk.praksis.compare;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.errors.UsageException;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the results files of a comparison and puts them in time order. */
public final class AuditYears {

    private AuditYears() {
    }

    /**
     * Reads every file (all problems reported together) and orders them by audit year. A folder stands
     * for the resultater.json inside it, so an audit's output folder can be given as it is.
     */
    public static List<AuditYear> read(List<Path> arguments) {
        List<Path> files = arguments.stream()
                .map(f -> java.nio.file.Files.isDirectory(f) ? f.resolve(ResultsJson.FILE_NAME) : f).toList();
        if (arguments.size() < 2) {
            throw new UsageException("angiv mindst to resultatfiler (resultater.json) at sammenligne");
        }
        List<Problem> problems = new ArrayList<>();
        List<ResultsFile> read = new ArrayList<>();
        for (Path f : files) {
            try {
                read.add(ResultsJson.read(f));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> sources = files.stream().map(f -> f.toString()).toList();
        return order(read, sources);
    }

    /**
     * Labels and orders already-read results: by audit year when every file states one, else in the
     * order given. Two files with the same label cannot be told apart in outputs and are refused.
     */
    public static List<AuditYear> order(List<ResultsFile> results, List<String> sources) {
        boolean allDated = results.stream().allMatch(r -> r.audit() != null && r.audit().year() != null);
        List<AuditYear> years = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ResultsFile r = results.get(i);
            String label = allDated ? String.valueOf(r.audit().year()) : fileLabel(sources.get(i), i);
            int score = allDated ? r.audit().year() : i;
            years.add(new AuditYear(label, score, sources.get(i), r));
        }
        years.sort(Comparator.comparingInt(AuditYear::score));
        Map<String, String> seen = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (AuditYear y : years) {
            String earlier = seen.putIfAbsent(y.label(), y.source());
            if (earlier != null) {
                problems.add(new Problem(y.source(), null, "har samme år (" + y.label() + ") som " + earlier
                        + "; en sammenligning kræver forskellige år"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return List.copyOf(years);
    }

    /** The file's name without ".json"; for "resultater.json" the folder name, which usually names the year. */
    private static String fileLabel(String source, int index) {
        Path p = Path.of(source);
        String name = p.getFileName() == null ? "" : p.getFileName().toString().replaceFirst("\\.json$", "");
        if (name.equals(ResultsJson.FILE_NAME.replace(".json", "")) && p.getParent() != null && p.getParent().getFileName() != null) {
            name = p.getParent().getFileName().toString();
        }
        return name.isEmpty() ? "fil " + (index + 1) : name;
    }
}
