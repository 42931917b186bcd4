package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How many changes a comparison run tested, and what that means for reading them: the number a run
 * would mark by chance alone, and how many hold after Benjamini–Hochberg's correction.
 *
 * The correction is applied per {@link Family}, not over the whole run.
 *
 * @param comparisons      the changes tested (each with Newcombe's interval and Fisher's test), over all
 *                         kommuner and each kommune, verdicts and items, consecutive years and first to last
 * @param clear            changes whose interval excludes 0
 * @param expectedByChance comparisons × (1 − level): how many would be marked if nothing had changed
 * @param method           the correction, "Benjamini–Hochberg"
 * @param rate             the false discovery rate an adjusted p-value is held against
 * @param holding          changes whose adjusted p-value is below the rate
 * @param families         the same counts per family the correction is applied within, in {@link Family} order
 *                         (families without comparisons left out)
 */
@JsonPropertyOrder({"sammenligninger", "tydelige", "forventet_ved_tilfældighed", "korrektion", "fdr",
    "holder_efter_korrektion", "familier"})
public record MultipleComparisons(
        @JsonProperty("sammenligninger") int comparisons,
        @JsonProperty("tydelige") int clear,
        @JsonProperty("forventet_ved_tilfældighed") double expectedByChance,
        @JsonProperty("korrektion") String method,
        @JsonProperty("fdr") double rate,
        @JsonProperty("holder_efter_korrektion") int holding,
        @JsonProperty("familier") java.util.List<FamilyCount> families) {

    public MultipleComparisons {
        families = java.util.List.copyOf(families);
    }
}
