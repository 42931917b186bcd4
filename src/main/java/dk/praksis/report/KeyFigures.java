package dk.praksis.report;

import java.util.List;

/**
 * The key figures of a kommune or of the whole audit.
 *
 * @param cases          all cases
 * @param assessed       realitetsbehandlede sager: cases whose verdict is not kan_ikke_vurderes
 * @param verdicts       one row per verdict: i_overensstemmelse, the consequences worst first,
 *                       kan_ikke_vurderes, then any other verdict found; shares out of all cases. Every
 *                       unit of an audit has the same rows in the same order, so they line up by index
 * @param accordance     cases in accordance with rules and practice, out of {@code assessed}
 * @param reversal       omgørelsesprocent: cases whose verdict is a reversing consequence, out of {@code assessed};
 *                       null when no consequence of the checklist counts as a reversal (there is no such figure)
 * @param population     the number of such decisions the sample was drawn from, or null when unknown
 * @param disagreements  cases where the reviewer's verdict differs from the derived one
 */
public record KeyFigures(int cases, int assessed, List<VerdictCount> verdicts, Share accordance, Share reversal,
                         Integer population, int disagreements) {

    public KeyFigures {
        verdicts = List.copyOf(verdicts);
    }

    /** Whether the checklist has an omgørelsesprocent at all (some consequence counts as a reversal). */
    public boolean hasReversal() {
        return reversal != null;
    }

    /** Cases that could not be assessed. */
    public int unassessable() {
        return cases - assessed;
    }
}
