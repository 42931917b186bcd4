package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Cochran–Armitage's test for a linear trend over three or more years; z > 0 means a rising share. */
@JsonPropertyOrder({"z", "p"})
public record Trend(@JsonProperty("z") double z, @JsonProperty("p") double p) {
}
