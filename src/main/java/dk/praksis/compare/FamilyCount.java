package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The changes of one {@link Family}, adjusted together.
 *
 * @param comparisons      changes tested in the family
 * @param clear            of these, changes whose interval excludes 0
 * @param expectedByChance comparisons × (1 − level): how many would be marked if nothing had changed
 * @param holding          changes whose adjusted p-value (within the family) is below the rate
 */
@JsonPropertyOrder({"familie", "navn", "sammenligninger", "tydelige", "forventet_ved_tilfældighed",
    "holder_efter_korrektion"})
public record FamilyCount(
        @JsonProperty("familie") Family family,
        @JsonProperty("navn") String title,
        @JsonProperty("sammenligninger") int comparisons,
        @JsonProperty("tydelige") int clear,
        @JsonProperty("forventet_ved_tilfældighed") double expectedByChance,
        @JsonProperty("holder_efter_korrektion") int holding) {
}
