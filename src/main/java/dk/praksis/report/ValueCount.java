package dk.praksis.report;

/** How often one value of a counted scale (e.g. Likert) was answered, out of all answers. */
public record ValueCount(String value, Share share) {
}
