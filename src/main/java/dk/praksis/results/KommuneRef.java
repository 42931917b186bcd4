package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A kommune as results files name it: official code and name. */
@JsonPropertyOrder({"kode", "navn"})
// required: a results file without them is refused when read, never a null in compare
public record KommuneRef(@JsonProperty(value = "kode", required = true) String kode,
                         @JsonProperty(value = "navn", required = true) String navn) {
}
