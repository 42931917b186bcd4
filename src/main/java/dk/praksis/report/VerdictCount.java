package dk.praksis.report;

import dk.praksis.stats.Share;

/**
 * How many cases got one verdict.
 *
 * @param verdict a consequence id, i_overensstemmelse or kan_ikke_vurderes
 * @param label   the verdict's Danish label from the checklist
 * @param share   out of all cases of the unit
 */
public record VerdictCount(String verdict, String label, Share share) {
}
