package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.DanishList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code frist}: runs the {@link DeadlineEngine} and words its cycles. Not met when any cycle was
 * missed; met when at least one was met and none missed; not relevant when no deadline had fallen
 * due by the as-of date.
 */
final class DeadlineEvaluator implements ItemEvaluator<ItemSpec.Deadline> {

    @Override
    public ItemResult evaluate(Item item, ItemSpec.Deadline spec, Case c, LocalDate asOf) {
        LocalDate start = spec.startField() == null ? null : c.date(spec.startField()).orElse(null);
        List<LocalDate> events = c.events().getOrDefault(spec.event(), List.of());
        DeadlineResult r = DeadlineEngine.compute(spec, start, c.periods(), events, asOf);
        if (r.cycles().isEmpty()) {
            return ItemEvaluator.notRelevant(item, noDeadline(spec, r.noDeadline(), asOf));
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < r.cycles().size(); i++) {
            sentences.add(sentence(spec, r.cycles().get(i), i > 0, asOf));
        }
        String reason = String.join(" ", sentences);
        if (r.anyMissed()) {
            return ItemEvaluator.notMet(item, reason);
        }
        return r.anyMet() ? ItemEvaluator.met(item, reason) : ItemEvaluator.notRelevant(item, reason);
    }

    private static String sentence(ItemSpec.Deadline spec, DeadlineResult.Cycle cy, boolean later, LocalDate asOf) {
        String event = DanishText.singular(spec.event());
        String due = DanishDate.numeric(cy.due());
        switch (cy.status()) {
            case MET:
                if (cy.daysLate() <= 0) {
                    return DanishLetters.capitalise(event) + " " + DanishDate.numeric(cy.event()) + " lå inden for fristen "
                            + due + ".";
                }
                return DanishLetters.capitalise(event) + " " + DanishDate.numeric(cy.event()) + " lå "
                        + DanishText.days(cy.daysLate()) + " efter fristen " + due + ", inden for tolerancen på "
                        + DanishText.days(spec.toleranceDays()) + ".";
            case MISSED:
                if (cy.event() != null) {
                    return DanishLetters.capitalise(event) + " " + DanishDate.numeric(cy.event()) + " lå "
                            + DanishText.days(cy.daysLate()) + " efter fristen " + due + ".";
                }
                return "Ingen " + (later ? "ny " : "") + event + "; fristen " + due + " var overskredet med "
                        + DanishText.days(cy.daysLate()) + " på opgørelsesdatoen " + DanishDate.numeric(asOf) + ".";
            case NOT_YET_DUE:
                String which = later ? "Den næste frist " : "Fristen ";
                if (cy.daysLate() >= 0) {
                    return which + due + " var på opgørelsesdatoen " + DanishDate.numeric(asOf)
                            + " endnu ikke overskredet ud over tolerancen på " + DanishText.days(spec.toleranceDays())
                            + ".";
                }
                return which + due + " var endnu ikke nået på opgørelsesdatoen " + DanishDate.numeric(asOf) + ".";
            default:
                throw new IllegalStateException(cy.status().name());
        }
    }

    private static String noDeadline(ItemSpec.Deadline spec, DeadlineResult.NoDeadline why, LocalDate asOf) {
        String types = DanishList.or(spec.periodTypes().stream().map(DanishText::words).toList());
        switch (why) {
            case NO_START:
                return "Sagen har ingen dato for " + DanishText.field(spec.startField())
                        + ", så fristen kan ikke beregnes.";
            case NO_COUNTED_DAYS:
                return "Sagen har ingen perioder med " + types + " før opgørelsesdatoen " + DanishDate.numeric(asOf)
                        + ", så fristen er ikke begyndt at løbe.";
            case NEVER_REACHED:
                return "Perioderne med " + types + " når ikke sammenlagt " + spec.length()
                        + (spec.window() == null || spec.window().isZero() ? "" : " inden for " + spec.window())
                        + ", så der er ikke opstået en frist.";
            default:
                throw new IllegalStateException(why.name());
        }
    }
}
