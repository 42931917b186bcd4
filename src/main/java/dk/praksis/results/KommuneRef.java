package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A kommune as results files name it: official code and name. */
@JsonPropertyOrder({"kode", "navn"})
public record KommuneRef(@JsonProperty("kode") String kode, @JsonProperty("navn") String navn) {
}
