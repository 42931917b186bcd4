package dk.praksis.report;

import dk.praksis.cases.Kommune;
import dk.praksis.corrections.AppliedCorrection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many corrections were made after høring in one kommune (or in all, kommune null): in all, in how many
 * cases, to answers and to overall verdicts.
 */
public record CorrectionCounts(Kommune kommune, int corrections, int cases, int answers, int verdicts) {

    /** One row per kommune with corrections, in kommunekode order. */
    public static List<CorrectionCounts> perKommune(List<AppliedCorrection> applied) {
        Map<Kommune, List<AppliedCorrection>> by = new LinkedHashMap<>();
        applied.stream().sorted(Comparator.comparingInt(a -> Integer.parseInt(a.kommune().kode())))
                .forEach(a -> by.computeIfAbsent(a.kommune(), k -> new ArrayList<>()).add(a));
        List<CorrectionCounts> out = new ArrayList<>();
        by.forEach((k, list) -> out.add(of(k, list)));
        return out;
    }

    /** All kommuner together. */
    public static CorrectionCounts total(List<AppliedCorrection> applied) {
        return of(null, applied);
    }

    private static CorrectionCounts of(Kommune k, List<AppliedCorrection> list) {
        int verdicts = (int) list.stream().filter(a -> a.correction().isVerdict()).count();
        int cases = (int) list.stream().map(AppliedCorrection::caseId).distinct().count();
        return new CorrectionCounts(k, list.size(), cases, list.size() - verdicts, verdicts);
    }
}
