package dk.praksis.controlpoints;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.io.FolderAndName;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import dk.praksis.text.DanishDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The monthly results files in date order (by opgørelsesdato), one per month, all from the same checklist. */
public final class MonthlyResults {

    private MonthlyResults() {
    }

    /**
     * One month.
     *
     * @param path the file as given, for messages
     * @param name its folder and name (monthly files are often all called resultater.json), for the report
     */
    public record Month(Path path, String name, ResultsFile results) {
        public LocalDate asOf() {
            return results.audit().asOf();
        }

        public YearMonth month() {
            return YearMonth.from(asOf());
        }
    }

    /**
     * @throws InvalidInputException naming the file when it is no results file, lacks an opgørelsesdato, shares its
     *                               month with another file, or was scored with another checklist than the latest
     */
    public static List<Month> read(List<Path> files) {
        List<Month> months = new ArrayList<>();
        for (Path given : files) {
            // A folder 'praksis audit' wrote stands for its resultater.json, as with compare.
            Path f = Files.isDirectory(given) ? given.resolve(ResultsJson.FILE_NAME) : given;
            ResultsFile r = ResultsJson.read(f);
            if (r.audit() == null || r.audit().asOf() == null) {
                throw new InvalidInputException(f.toString(), "resultatfilen har ingen opgørelsesdato, så den kan ikke"
                        + " placeres i en måned");
            }
            months.add(new Month(f, FolderAndName.of(f), r));
        }
        months.sort(Comparator.comparing(Month::asOf));
        List<Problem> problems = new ArrayList<>();
        Map<YearMonth, Month> byMonth = new HashMap<>();
        String checklist = months.isEmpty() ? null : months.get(months.size() - 1).results().checklist().id();
        for (Month m : months) {
            Month before = byMonth.putIfAbsent(m.month(), m);
            if (before != null) {
                problems.add(new Problem(m.path().toString(), null, "samme måned (" + DanishDate.month(m.asOf())
                        + ") som " + before.name() + "; giv én resultatfil pr. måned"));
            }
            if (!m.results().checklist().id().equals(checklist)) {
                problems.add(new Problem(m.path().toString(), null, "måleskemaet er " + m.results().checklist().id()
                        + ", men den seneste måned bruger " + checklist + "; kontrolpunkter kan kun følges i samme"
                        + " måleskema"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return months;
    }
}
