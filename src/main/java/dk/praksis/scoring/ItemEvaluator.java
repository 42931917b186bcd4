package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import java.time.LocalDate;

/**
 * Evaluates one kind of item for one case that the item applies to. Missing inputs give a reasoned
 * outcome, never an exception.
 */
interface ItemEvaluator<S extends ItemSpec> {

    ItemResult evaluate(Item item, S spec, Case c, LocalDate asOf);

    static ItemResult met(Item item, String reason) {
        return new ItemResult(item.id(), Outcome.OPFYLDT, null, reason, null);
    }

    static ItemResult notMet(Item item, String reason) {
        return new ItemResult(item.id(), Outcome.IKKE_OPFYLDT, null, reason, item.consequence());
    }

    static ItemResult notRelevant(Item item, String reason) {
        return new ItemResult(item.id(), Outcome.IKKE_RELEVANT, null, reason, null);
    }
}
