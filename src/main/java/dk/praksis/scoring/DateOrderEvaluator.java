package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishLetters;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code dato_før}: the first date lies strictly before the second, and when {@code maxGap} is given
 * no earlier than {@code second − maxGap}. A missing first date is a defect of the case (not met);
 * a missing second date leaves nothing to compare with (not relevant).
 */
final class DateOrderEvaluator implements ItemEvaluator<ItemSpec.DateOrder> {

    @Override
    public ItemResult evaluate(Item item, ItemSpec.DateOrder spec, Case c, LocalDate asOf) {
        String firstName = DanishText.field(spec.first());
        String secondName = DanishText.field(spec.second());
        Optional<LocalDate> second = c.date(spec.second());
        if (second.isEmpty()) {
            return ItemEvaluator.notRelevant(item, "Sagen har ingen dato for " + secondName
                    + ", så rækkefølgen kan ikke vurderes.");
        }
        Optional<LocalDate> first = c.date(spec.first());
        if (first.isEmpty()) {
            return ItemEvaluator.notMet(item, "Sagen har ingen dato for " + firstName + ".");
        }
        String a = DanishLetters.capitalise(firstName) + " " + DanishDate.numeric(first.get());
        String b = secondName + " " + DanishDate.numeric(second.get());
        if (!first.get().isBefore(second.get())) {
            return ItemEvaluator.notMet(item, a + (first.get().isEqual(second.get()) ? " er samme dag som "
                    : " ligger efter ") + b + ".");
        }
        if (spec.maxGap() != null && first.get().isBefore(spec.maxGap().subtractFrom(second.get()))) {
            return ItemEvaluator.notMet(item, a + " ligger mere end " + spec.maxGap() + " før " + b + ".");
        }
        return ItemEvaluator.met(item, a + " ligger før " + b + ".");
    }
}
