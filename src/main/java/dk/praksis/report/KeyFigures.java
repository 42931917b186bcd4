package dk.praksis.report;

import dk.praksis.stats.Share;
import dk.praksis.stats.StratifiedShare;
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
 * @param weightedAccordance for the whole audit when every kommune's population is known: the
 *                       population-weighted share in accordance ({@link StratifiedShare}); else null
 * @param weightedReversal the same for the omgørelsesprocent; null also when there is none
 */
public record KeyFigures(int cases, int assessed, List<VerdictCount> verdicts, Share accordance, Share reversal,
                         Integer population, int disagreements, StratifiedShare weightedAccordance,
                         StratifiedShare weightedReversal) {

    /** How far apart the pooled and weighted shares must be (on the 0–1 scale) for reports to show both. */
    public static final double MATERIAL = 0.01;

    public KeyFigures {
        verdicts = List.copyOf(verdicts);
    }

    /** Whether the checklist has an omgørelsesprocent at all (some consequence counts as a reversal). */
    public boolean hasReversal() {
        return reversal != null;
    }

    /** Whether the weighted share in accordance differs materially from the pooled one (then reports show both). */
    public boolean weightedDiffers() {
        return weightedAccordance != null && (Math.abs(weightedAccordance.share() - accordance.value()) >= MATERIAL
                || weightedReversal != null && Math.abs(weightedReversal.share() - reversal.value()) >= MATERIAL);
    }

    /** Cases that could not be assessed. */
    public int unassessable() {
        return cases - assessed;
    }
}
