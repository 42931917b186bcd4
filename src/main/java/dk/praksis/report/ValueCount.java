package dk.praksis.report;

import dk.praksis.stats.Share;

/** How often one value of a counted scale (e.g. Likert) was answered, out of all answers. */
public record ValueCount(String value, Share share) {
}
