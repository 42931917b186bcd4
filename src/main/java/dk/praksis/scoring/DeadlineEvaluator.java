package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.Span;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.DanishList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code frist}: runs the {@link DeadlineEngine} up to the item's horizon and words its cycles. Not
 * met when any cycle was missed; met when at least one was met and none missed; not relevant when
 * no deadline had fallen due (or no duty had arisen) by the horizon.
 */
final class DeadlineEvaluator implements ItemEvaluator<ItemSpec.Deadline> {

    @Override
    public ItemResult evaluate(Item item, ItemSpec.Deadline spec, Case c, LocalDate horizon) {
        LocalDate start = spec.startField() == null ? null : c.date(spec.startField()).orElse(null);
        List<LocalDate> events = c.events().getOrDefault(spec.event(), List.of());
        DeadlineResult r = DeadlineEngine.compute(spec, start, c.periods(), events, moves(spec, c), horizon);
        String on = item.horizon().dateWords() + " " + DanishDate.numeric(horizon);
        if (r.cycles().isEmpty()) {
            return ItemEvaluator.notRelevant(item, noDeadline(spec, r.noDeadline(), on));
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < r.cycles().size(); i++) {
            DeadlineResult.Cycle cy = r.cycles().get(i);
            sentences.add(spec.twoMoments() ? twoMoments(spec, cy, i > 0, horizon, on)
                    : sentence(spec, cy, i > 0, on));
        }
        String reason = String.join(" ", sentences);
        if (r.anyMissed()) {
            return ItemEvaluator.notMet(item, reason);
        }
        return r.anyMet() ? ItemEvaluator.met(item, reason) : ItemEvaluator.notRelevant(item, reason);
    }

    /** The move dates the spec's move rule names: every date of an event list, or the one date at the path. */
    private static List<LocalDate> moves(ItemSpec.Deadline spec, Case c) {
        if (spec.move() == null) {
            return List.of();
        }
        String path = spec.move().dateField();
        if (path.startsWith("hændelser.")) {
            return c.events().getOrDefault(path.substring("hændelser.".length()), List.of());
        }
        return c.date(path).map(List::of).orElse(List.of());
    }

    private static String sentence(ItemSpec.Deadline spec, DeadlineResult.Cycle cy, boolean later, String on) {
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
                        + DanishText.days(cy.daysLate()) + " på " + on + ".";
            case NOT_YET_DUE:
                String which = later ? "Den næste frist " : "Fristen ";
                if (cy.daysLate() >= 0) {
                    return which + due + " var på " + on + " endnu ikke overskredet ud over tolerancen på "
                            + DanishText.days(spec.toleranceDays()) + ".";
                }
                return which + due + " var endnu ikke nået på " + on + ".";
            default:
                throw new IllegalStateException(cy.status().name());
        }
    }

    /**
     * E.g. "Pligten opstod 01.06.2009 (12 måneders ledighedsydelse inden for 18); revurderingen skulle
     * være afsluttet senest 01.12.2009 (18 måneder); den kom 20.11.2009."
     */
    private static String twoMoments(ItemSpec.Deadline spec, DeadlineResult.Cycle cy, boolean later,
                                     LocalDate horizon, String on) {
        String event = definite(spec.event());
        String arose = (later ? "Pligten opstod på ny " : "Pligten opstod ") + DanishDate.numeric(cy.trigger())
                + " (" + trigger(spec) + ")";
        if (cy.event() != null && cy.event().isBefore(cy.trigger())) {
            return DanishLetters.capitalise(event) + " " + DanishDate.numeric(cy.event()) + " kom, før pligten opstod ("
                    + DanishDate.numeric(cy.trigger()) + ", " + trigger(spec) + ").";
        }
        if (cy.trigger().isAfter(horizon)) {
            return "Pligten til " + DanishText.singular(spec.event()) + " var endnu ikke opstået på " + on
                    + "; den ville opstå " + DanishDate.numeric(cy.trigger()) + " (" + trigger(spec) + ").";
        }
        if (cy.due() == null) {
            return arose + "; " + event + " skulle være afsluttet, når " + completionWhat(spec)
                    + ", men det blev ikke nået, så fristen faldt ikke"
                    + (cy.event() == null ? "." : "; den kom " + DanishDate.numeric(cy.event()) + ".");
        }
        String limit = arose + "; " + event + " skulle være afsluttet senest " + DanishDate.numeric(cy.due()) + " ("
                + limitWhy(spec, cy) + ")";
        switch (cy.status()) {
            case MET:
                return limit + "; den kom " + DanishDate.numeric(cy.event()) + (cy.daysLate() <= 0 ? "."
                        : ", " + DanishText.days(cy.daysLate()) + " efter, inden for tolerancen på "
                        + DanishText.days(spec.toleranceDays()) + ".");
            case MISSED:
                if (cy.event() != null) {
                    return limit + "; den kom " + DanishDate.numeric(cy.event()) + ", "
                            + DanishText.days(cy.daysLate()) + " for sent.";
                }
                return limit + "; der var ingen " + (later ? "ny " : "") + DanishText.singular(spec.event())
                        + " på " + on + ", " + DanishText.days(cy.daysLate()) + " efter.";
            case NOT_YET_DUE:
                return limit + "; fristen var endnu ikke " + (cy.daysLate() >= 0 ? "overskredet ud over tolerancen"
                        : "nået") + " på " + on + ".";
            default:
                throw new IllegalStateException(cy.status().name());
        }
    }

    /** "12 måneders ledighedsydelse inden for 18" or "12 måneder efter visitation". */
    private static String trigger(ItemSpec.Deadline spec) {
        if (spec.counting() == ItemSpec.Counting.FRA_DATO) {
            return spec.length() + " efter " + DanishText.field(spec.startField());
        }
        Span w = spec.window();
        String within = w == null || w.isZero() ? " sammenlagt" : " inden for "
                + (monthsOnly(w) && monthsOnly(spec.length()) ? String.valueOf(w.months()) : w.toString());
        return genitive(spec.length()) + " " + types(spec) + within;
    }

    /** Why the limit falls where it does: "18 måneder", or the move that extended it. */
    private static String limitWhy(ItemSpec.Deadline spec, DeadlineResult.Cycle cy) {
        if (cy.moved() != null) {
            return spec.move().extension() + " efter flytningen " + DanishDate.numeric(cy.moved()) + ", da "
                    + spec.completion() + " ellers ikke kunne nås";
        }
        return spec.completion().toString();
    }

    private static String completionWhat(ItemSpec.Deadline spec) {
        return spec.counting() == ItemSpec.Counting.FRA_DATO ? spec.completion() + " var gået"
                : "borgeren sammenlagt havde fået " + types(spec) + " i " + spec.completion();
    }

    private static String types(ItemSpec.Deadline spec) {
        return DanishList.or(spec.periodTypes().stream().map(DanishText::words).toList());
    }

    private static boolean monthsOnly(Span s) {
        return s.years() == 0 && s.weeks() == 0 && s.days() == 0 && s.months() > 0;
    }

    /** "12 måneders", "3 ugers", "2 års". */
    private static String genitive(Span s) {
        return s + "s";
    }

    /** "revurderingen", "samtalen"; other list names "hændelsen NAME". */
    private static String definite(String eventList) {
        String one = DanishText.singular(eventList);
        if (one.endsWith("ing")) {
            return one + "en";
        }
        return one.endsWith("e") ? one + "n" : "hændelsen " + DanishText.words(eventList);
    }

    private static String noDeadline(ItemSpec.Deadline spec, DeadlineResult.NoDeadline why, String on) {
        String types = types(spec);
        switch (why) {
            case NO_START:
                return "Sagen har ingen dato for " + DanishText.field(spec.startField())
                        + ", så fristen kan ikke beregnes.";
            case NO_COUNTED_DAYS:
                return "Sagen har ingen perioder med " + types + " før " + on
                        + ", så fristen er ikke begyndt at løbe.";
            case NEVER_REACHED:
                return "Perioderne med " + types + " når ikke sammenlagt " + spec.length()
                        + (spec.window() == null || spec.window().isZero() ? "" : " inden for " + spec.window())
                        + (spec.twoMoments() ? ", så pligten er ikke opstået." : ", så der er ikke opstået en frist.");
            default:
                throw new IllegalStateException(why.name());
        }
    }
}
