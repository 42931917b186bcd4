package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Checklist;
import java.util.List;

/** Derives a case's verdict from its failed items, the way the audit counts it. */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * {@link Checklist#VERDICT_UNASSESSABLE} when the file holds no decision; else the consequence
     * that takes precedence (by {@link Checklist#precedenceRank}: the checklist's {@code forrang}, by
     * default worst first) among not-met items; else {@link Checklist#VERDICT_OK}. A failed item
     * without a known consequence does not change the verdict. See docs/decisions/0003-forrang-mellem-konsekvenser.md.
     */
    static String derive(Checklist checklist, Case c, List<ItemResult> items) {
        if (c.decision() == null || !c.decision().present()) {
            return Checklist.VERDICT_UNASSESSABLE;
        }
        String worst = null;
        int worstRank = Integer.MAX_VALUE;
        for (ItemResult i : items) {
            if (i.outcome() != Outcome.IKKE_OPFYLDT || i.consequence() == null) {
                continue;
            }
            int rank = checklist.precedenceRank(i.consequence());
            if (rank >= 0 && rank < worstRank) {
                worstRank = rank;
                worst = i.consequence();
            }
        }
        return worst == null ? Checklist.VERDICT_OK : worst;
    }
}
