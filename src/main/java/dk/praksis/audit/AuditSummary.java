package dk.praksis.audit;

import dk.praksis.checklist.Checklist;
import dk.praksis.results.KommuneRef;
import dk.praksis.results.ResultsBuilder;
import dk.praksis.scoring.CaseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short table {@code audit} ends with: per kommune the cases, and how many (and what share of
 * those that could be assessed) are in accordance with rules and practice.
 */
public final class AuditSummary {

    private static final Locale DA = Locale.forLanguageTag("da-DK");
    private static final String ROW = "%-24s %6s %20s %8s";

    private AuditSummary() {
    }

    public static List<String> lines(AuditOutcome outcome, Path written) {
        Map<KommuneRef, int[]> perKommune = new LinkedHashMap<>();
        int[] total = new int[3];
        for (CaseResult c : outcome.cases()) {
            int[] k = perKommune.computeIfAbsent(ResultsBuilder.kommuneRef(c.kommune()), x -> new int[3]);
            count(k, c);
            count(total, c);
        }
        List<String> out = new ArrayList<>();
        out.add(outcome.title());
        out.add(String.format(DA, ROW, "Kommune", "Sager", "I overensstemmelse", "Pct."));
        perKommune.forEach((k, n) -> out.add(row(k.kode() + " " + k.navn(), n)));
        out.add(row("I alt", total));
        int unassessable = total[0] - total[2];
        out.add("Pct. er andelen af de sager, der kunne vurderes" + (unassessable == 0 ? "."
                : " (" + unassessable + (unassessable == 1 ? " sag kunne" : " sager kunne") + " ikke vurderes)."));
        if (outcome.maskedValues() > 0) {
            out.add("Advarsel: " + outcome.maskedValues() + " personoplysninger er maskeret (--masker).");
        }
        out.add("Skrevet til: " + written);
        return out;
    }

    /** [cases, in accordance, assessable] */
    private static void count(int[] n, CaseResult c) {
        n[0]++;
        if (Checklist.VERDICT_OK.equals(c.verdict())) {
            n[1]++;
        }
        if (!Checklist.VERDICT_UNASSESSABLE.equals(c.verdict())) {
            n[2]++;
        }
    }

    private static String row(String label, int[] n) {
        String pct = n[2] == 0 ? "–" : String.format(DA, "%.1f %%", 100.0 * n[1] / n[2]);
        return String.format(DA, ROW, label, n[0], n[1], pct);
    }
}
