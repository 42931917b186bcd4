package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.praksis.calibration.Calibration;
import dk.praksis.stats.Agreement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kalibrering} in the results file: agreement between the first and second reviewers of the
 * double-reviewed cases (docs/resultater.md). Absent when no case was double-reviewed.
 *
 * @param cases     double-reviewed cases
 * @param reviewers the reviewer pairs, first/second, e.g. "R1/R2"
 * @param verdict   the overall verdict (the one the audit counts against the second reviewer's)
 * @param items     reviewer question id (checklist order) to its agreement
 */
@JsonPropertyOrder({"dobbeltbedømte_sager", "bedømmerpar", "samlet_vurdering", "spørgsmål"})
public record CalibrationEntry(
        @JsonProperty("dobbeltbedømte_sager") int cases,
        @JsonProperty("bedømmerpar") List<String> reviewers,
        @JsonProperty("samlet_vurdering") MeasureEntry verdict,
        @JsonProperty("spørgsmål") Map<String, MeasureEntry> items) {

    public CalibrationEntry {
        reviewers = List.copyOf(reviewers);
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /**
     * One measure.
     *
     * @param categories the scale's categories, in order
     * @param table      table[i][j]: cases the first reviewer put in category i and the second in j
     * @param kappa      absent when undefined; the coefficients are given whatever the number of pairs (the
     *                   reports show them from {@value Calibration#MIN_PAIRS} pairs)
     * @param weightedKappa linearly weighted, for ordered scales only
     */
    @JsonPropertyOrder({"par", "enige", "kategorier", "tabel", "kappa", "vægtet_kappa", "ac1"})
    public record MeasureEntry(
            @JsonProperty("par") int pairs,
            @JsonProperty("enige") int agreeing,
            @JsonProperty("kategorier") List<String> categories,
            @JsonProperty("tabel") List<List<Integer>> table,
            @JsonProperty("kappa") EstimateEntry kappa,
            @JsonProperty("vægtet_kappa") EstimateEntry weightedKappa,
            @JsonProperty("ac1") EstimateEntry ac1) {
    }

    /** A coefficient with its standard error and interval (absent with one pair). */
    @JsonPropertyOrder({"værdi", "se", "nedre", "øvre"})
    public record EstimateEntry(
            @JsonProperty("værdi") double value,
            @JsonProperty("se") double standardError,
            @JsonProperty("nedre") Double lower,
            @JsonProperty("øvre") Double upper) {

        static EstimateEntry of(Agreement.Estimate e) {
            return e == null ? null : new EstimateEntry(e.value(), e.standardError(),
                    e.interval() == null ? null : e.interval().lower(), e.interval() == null ? null : e.interval().upper());
        }
    }

    /** The results file's form of the calibration; null when no case was double-reviewed. */
    public static CalibrationEntry of(Calibration c) {
        if (!c.any()) {
            return null;
        }
        Map<String, MeasureEntry> items = new LinkedHashMap<>();
        c.items().forEach(m -> items.put(m.id(), measure(m.agreement())));
        return new CalibrationEntry(c.cases(), c.reviewers(), measure(c.verdict().agreement()), items);
    }

    private static MeasureEntry measure(Agreement a) {
        if (a == null) {
            return new MeasureEntry(0, 0, null, null, null, null, null);
        }
        List<List<Integer>> table = new java.util.ArrayList<>();
        for (int[] row : a.counts()) {
            table.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new MeasureEntry(a.pairs(), (int) Math.round(a.observed() * a.pairs()), a.categories(), table,
                EstimateEntry.of(a.kappa()), EstimateEntry.of(a.weightedKappa()), EstimateEntry.of(a.ac1()));
    }
}
