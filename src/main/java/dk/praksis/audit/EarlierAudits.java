package dk.praksis.audit;

import dk.praksis.compare.AuditYear;
import dk.praksis.compare.AuditYears;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.ItemMapping;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The follow-up on earlier audits ({@code tidligere:} in the audit file): reads each earlier audit's results
 * and compares them with this one exactly as {@code praksis compare} does. An earlier audit is named by its
 * results file, its output folder, or its audit file, which is then scored anew (results only, nothing written).
 */
final class EarlierAudits {

    private EarlierAudits() {
    }

    /**
     * @param audit scores an earlier audit file into its results
     * @return the comparison of the earlier years with this one, or null when there are no earlier audits
     * @throws InvalidInputException when an earlier audit cannot be read, this audit has no year, or two have the same
     */
    static Comparison followUp(AuditSpec spec, ResultsFile current, Function<AuditSpec, ResultsFile> audit) {
        List<Path> earlier = spec.publication().earlier();
        if (earlier.isEmpty()) {
            return null;
        }
        if (spec.year() == null) {
            throw new InvalidInputException("undersøgelsesfilen", "tidligere kræver, at undersøgelsesfilen angiver år,"
                    + " så årene kan sammenlignes");
        }
        List<ResultsFile> results = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : earlier) {
            try {
                ResultsFile r = read(p, audit);
                if (r.audit() == null || r.audit().year() == null) {
                    problems.add(new Problem(p.toString(), null, "den tidligere undersøgelse angiver ikke år"));
                }
                results.add(r);
                sources.add(p.toString());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        results.add(current);
        sources.add("undersøgelsesfilen");
        List<AuditYear> years = AuditYears.order(results, sources);
        if (!years.get(years.size() - 1).results().equals(current)) {
            throw new InvalidInputException("undersøgelsesfilen", "en tidligere undersøgelse under tidligere er fra et"
                    + " senere år end denne (" + spec.year() + ")");
        }
        return Comparer.compare(years, ItemMapping.none());
    }

    private static ResultsFile read(Path p, Function<AuditSpec, ResultsFile> audit) {
        if (Files.isDirectory(p)) {
            return ResultsJson.read(p.resolve(ResultsJson.FILE_NAME));
        }
        if (AuditFileLoader.isAuditFile(p)) {
            return audit.apply(AuditFileLoader.load(p));
        }
        if (!Files.exists(p)) {
            throw new InvalidInputException(p.toString(), "den tidligere undersøgelse findes ikke; angiv dens "
                    + "undersoegelse.yaml, dens outputmappe eller dens resultater.json");
        }
        return ResultsJson.read(p);
    }
}
