package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case in the results file.
 *
 * @param score    share of relevant items met, or null when no item was relevant
 * @param reviewer the reviewer's id ({@code bedømt_af}), or null
 * @param remark   the reviewer's remark, or null
 * @param items    item id (checklist order) to its result
 * @param second   the second reviewer's answer set (double review), or null
 * @param corrections the corrections applied after høring, with the answers before them; null when none
 */
@JsonPropertyOrder({"id", "kommune", "sagstype", "score", "vurdering", "bedømt_af", "bemærkning", "anden_vurdering",
    "spørgsmål", "rettelser"})
public record CaseEntry(
        @JsonProperty("id") String id,
        @JsonProperty("kommune") KommuneRef kommune,
        @JsonProperty("sagstype") String caseType,
        @JsonProperty("score") Double score,
        @JsonProperty("vurdering") Verdicts verdicts,
        @JsonProperty("bedømt_af") String reviewer,
        @JsonProperty("bemærkning") String remark,
        @JsonProperty("spørgsmål") Map<String, ItemEntry> items,
        @JsonProperty("anden_vurdering") SecondEntry second,
        @JsonProperty("rettelser") List<CorrectionEntry> corrections) {

    public CaseEntry {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        corrections = corrections == null || corrections.isEmpty() ? null : List.copyOf(corrections);
    }

    /** A case without corrections after høring. */
    public CaseEntry(String id, KommuneRef kommune, String caseType, Double score, Verdicts verdicts, String reviewer,
                     String remark, Map<String, ItemEntry> items, SecondEntry second) {
        this(id, kommune, caseType, score, verdicts, reviewer, remark, items, second, null);
    }

    /** This case with the corrections applied to it after høring. */
    public CaseEntry withCorrections(List<CorrectionEntry> list) {
        return new CaseEntry(id, kommune, caseType, score, verdicts, reviewer, remark, items, second, list);
    }

    /** The correction of this question ({@link CorrectionEntry#VERDICT} for the overall verdict), if any. */
    public java.util.Optional<CorrectionEntry> correctionOf(String target) {
        return corrections == null ? java.util.Optional.empty()
                : corrections.stream().filter(c -> c.target().equals(target)).findFirst();
    }

    /**
     * A correction after høring: the reviewer's answer to a question (or the overall verdict) before and after.
     *
     * @param target   the question's id, or {@value #VERDICT}
     * @param before   the answer before the correction, or null when there was none
     * @param after    the answer the case is scored with
     */
    @JsonPropertyOrder({"spørgsmål", "oprindeligt_svar", "nyt_svar", "begrundelse", "dato", "anmodet_af"})
    public record CorrectionEntry(
            @JsonProperty("spørgsmål") String target,
            @JsonProperty("oprindeligt_svar") String before,
            @JsonProperty("nyt_svar") String after,
            @JsonProperty("begrundelse") String reason,
            @JsonProperty("dato") java.time.LocalDate date,
            @JsonProperty("anmodet_af") String requestedBy) {

        /** The target of a correction to the overall verdict. */
        public static final String VERDICT = "samlet";
    }

    /** A case reviewed once. */
    public CaseEntry(String id, KommuneRef kommune, String caseType, Double score, Verdicts verdicts, String reviewer,
                     String remark, Map<String, ItemEntry> items) {
        this(id, kommune, caseType, score, verdicts, reviewer, remark, items, null);
    }

    /**
     * The second reviewer's answer set; it never changes the case's result.
     *
     * @param answers reviewer question id to the second reviewer's answer, for the questions both answered
     */
    @JsonPropertyOrder({"bedømt_af", "samlet", "svar"})
    public record SecondEntry(
            @JsonProperty("bedømt_af") String reviewer,
            @JsonProperty("samlet") String verdict,
            @JsonProperty("svar") Map<String, String> answers) {
    }

    /**
     * @param reviewer the reviewer's verdict ({@code bedømmer}), or null
     * @param derived  the verdict derived from the failed items
     * @param counted  the verdict the audit counts: the reviewer's when given, else the derived one
     */
    @JsonPropertyOrder({"bedømmer", "afledt", "samlet", "uenighed"})
    public record Verdicts(
            @JsonProperty("bedømmer") String reviewer,
            @JsonProperty("afledt") String derived,
            @JsonProperty("samlet") String counted,
            @JsonProperty("uenighed") boolean disagreement) {
    }

    /**
     * @param outcome     opfyldt, ikke_opfyldt, ikke_relevant or optalt
     * @param answer      the reviewer's answer as the scale spells it (vurdering items), or null
     * @param consequence the consequence carried when not met, or null
     */
    @JsonPropertyOrder({"udfald", "begrundelse", "svar", "konsekvens"})
    public record ItemEntry(
            @JsonProperty("udfald") String outcome,
            @JsonProperty("begrundelse") String reason,
            @JsonProperty("svar") String answer,
            @JsonProperty("konsekvens") String consequence) {
    }
}
