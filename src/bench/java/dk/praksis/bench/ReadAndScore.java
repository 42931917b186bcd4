package dk.praksis.bench;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Scorer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scale benchmark's "score" run: what issue 16 asks to reach half of the parse-only rate. Reads a folder
 * with {@link CaseFiles} (checks and the personal data guard, as {@code validate}), scores each case as it
 * arrives with the audit's as-of date and period end, and keeps only a running tally of the verdicts, as the
 * audit's figures need. No reports.
 *
 * <pre>ReadAndScore CHECKLIST FOLDER</pre>
 */
public final class ReadAndScore {

    private ReadAndScore() {
    }

    public static void main(String[] args) {
        Checklist checklist = ChecklistLoader.load(Path.of(args[0]));
        Scorer scorer = new Scorer(checklist, LocalDate.of(2011, 11, 30), LocalDate.of(2011, 6, 30));
        Map<String, Integer> verdicts = new TreeMap<>();
        CaseFiles.Summary summary = CaseFiles.read(List.of(Path.of(args[1])), checklist, CaseReadOptions.DEFAULT,
                c -> {
                    CaseResult r = scorer.score(c);
                    verdicts.merge(r.verdict(), 1, Integer::sum);
                });
        System.out.println(summary.cases() + " sager læst og scoret: " + verdicts);
    }
}
