package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code hyppighed}: consecutive windows of {@code every} from the course's start; each window that
 * has fully passed by the course's end (or the horizon, whichever is earlier) must hold at least
 * {@code min} events. Not met when a window falls short (the reason names it); not relevant before
 * the first window has passed.
 */
final class FrequencyEvaluator implements ItemEvaluator<ItemSpec.Frequency> {

    @Override
    public ItemResult evaluate(Item item, ItemSpec.Frequency spec, Case c, LocalDate horizon) {
        Optional<LocalDate> start = c.date(spec.startField());
        if (start.isEmpty()) {
            return ItemEvaluator.notRelevant(item, "Sagen har ingen dato for " + DanishText.field(spec.startField())
                    + ", så hyppigheden kan ikke vurderes.");
        }
        Optional<LocalDate> courseEnded = spec.endField() == null ? Optional.empty()
                : c.date(spec.endField()).filter(e -> e.isBefore(horizon));
        LocalDate end = courseEnded.orElse(horizon);
        List<LocalDate> events = c.events().getOrDefault(spec.event(), List.of()).stream()
                .filter(e -> !e.isAfter(horizon)).sorted().toList();
        String what = DanishText.words(spec.event());
        List<String> counts = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate from = spec.every().times(k).addTo(start.get());
            LocalDate next = spec.every().times(k + 1).addTo(start.get());
            if (next.isAfter(end.plusDays(1))) {
                break;
            }
            long n = events.stream().filter(e -> !e.isBefore(from) && e.isBefore(next)).count();
            counts.add(String.valueOf(n));
            if (n < spec.min()) {
                short_.add("I perioden " + DanishDate.numeric(from) + "–" + DanishDate.numeric(next.minusDays(1))
                        + " var der " + n + " " + what + " (mindst " + spec.min() + ").");
            }
        }
        if (counts.isEmpty()) {
            // The course's own end date, when it came first, is not the horizon and must not be called so.
            String shortBy = courseEnded.isPresent()
                    ? " sluttede " + DanishDate.numeric(end) + ", før det havde varet " + spec.every()
                    : " havde endnu ikke varet " + spec.every() + " på " + item.horizon().dateWords() + " "
                            + DanishDate.numeric(end);
            return ItemEvaluator.notRelevant(item, "Forløbet fra " + DanishDate.numeric(start.get()) + shortBy
                    + ", så der er ingen hel periode at vurdere.");
        }
        if (!short_.isEmpty()) {
            return ItemEvaluator.notMet(item, String.join(" ", short_));
        }
        return ItemEvaluator.met(item, "Der var mindst " + spec.min() + " " + what + " i "
                + (counts.size() == 1 ? "perioden" : "hver af de " + counts.size() + " perioder") + " på "
                + spec.every() + " fra " + DanishDate.numeric(start.get()) + " (" + DanishList.and(counts) + ").");
    }
}
