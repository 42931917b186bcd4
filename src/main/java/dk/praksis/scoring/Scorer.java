package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.cases.ItemApplicability;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Horizon;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemDescriber;
import dk.praksis.checklist.ItemSpec;
import java.time.LocalDate;
import dk.praksis.checklist.AnswerScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores one case against a checklist as of a date: every item in checklist order, the score, the
 * derived verdict and how it compares with the reviewer's.
 */
public final class Scorer {

    private final Checklist checklist;
    private final LocalDate asOf;
    private final LocalDate periodEnd;
    private final AssessmentEvaluator assessment;
    private final DeadlineEvaluator deadline = new DeadlineEvaluator();
    private final CompletenessEvaluator completeness = new CompletenessEvaluator();
    private final CourseEvaluator course = new CourseEvaluator();
    private final DateOrderEvaluator dateOrder = new DateOrderEvaluator();
    private final FrequencyEvaluator frequency = new FrequencyEvaluator();
    /** The checklist's items in order and their reasons for not applying, prepared once for every case. */
    private final List<Item> items;
    private final ItemApplicability.Worded notApplicable;

    public Scorer(Checklist checklist, LocalDate asOf) {
        this(checklist, asOf, null);
    }

    /**
     * @param periodEnd the last day of the audit period ({@code periode: {til}}), the horizon of items
     *                  judged at the period's end; null when the audit file has none
     */
    public Scorer(Checklist checklist, LocalDate asOf, LocalDate periodEnd) {
        this.checklist = Objects.requireNonNull(checklist);
        this.asOf = Objects.requireNonNull(asOf);
        this.periodEnd = periodEnd;
        this.assessment = new AssessmentEvaluator(checklist.scales());
        this.items = checklist.items().toList();
        this.notApplicable = new ItemApplicability.Worded(checklist);
    }

    public CaseResult score(Case c) {
        List<ItemResult> results = new ArrayList<>(items.size());
        boolean decided = c.decision() != null && c.decision().present();
        for (Item i : items) {
            results.add(decided ? evaluate(i, c) : withoutDecision(evaluate(i, c)));
        }
        String derived = Verdicts.derive(checklist, c, results);
        String reviewer = blankToNull(c.review().verdict());
        boolean disagreement = reviewer != null && !reviewer.equals(derived);
        return new CaseResult(c.id(), c.kommune(), c.caseType(), results, score(results), derived, reviewer,
                disagreement, blankToNull(c.review().reviewer()), blankToNull(c.review().remark()), secondReview(c));
    }

    /** The second answer set beside the first, answers spelled as their scale does; null when reviewed once. */
    private SecondReview secondReview(Case c) {
        if (!c.doubleReviewed()) {
            return null;
        }
        Map<String, SecondReview.AnswerPair> pairs = new LinkedHashMap<>();
        checklist.items().filter(i -> i.spec() instanceof ItemSpec.Assessment).forEach(i -> {
            AnswerScale scale = checklist.scales().get(((ItemSpec.Assessment) i.spec()).scale());
            if (scale == null) {
                return;
            }
            Optional<String> first = scale.canonical(c.review().answers().get(i.id()));
            Optional<String> second = scale.canonical(c.secondReview().answers().get(i.id()));
            if (first.isPresent() && second.isPresent()) {
                pairs.put(i.id(), new SecondReview.AnswerPair(first.get(), second.get()));
            }
        });
        return new SecondReview(blankToNull(c.secondReview().reviewer()), blankToNull(c.secondReview().verdict()),
                pairs);
    }

    /** One item: applicability first, then its horizon, then the evaluator of its type. */
    public ItemResult evaluate(Item item, Case c) {
        Optional<String> reason = notApplicable.notApplicableReason(item, c);
        if (reason.isPresent()) {
            return ItemEvaluator.notRelevant(item, reason.get());
        }
        LocalDate day = switch (item.horizon()) {
            case AFGOERELSE -> c.decision() == null ? null : c.decision().date();
            case PERIODENS_SLUTNING -> periodEnd;
            case OPGOERELSESDATO -> asOf;
        };
        if (day == null) {
            return ItemEvaluator.notRelevant(item, item.horizon() == Horizon.AFGOERELSE
                    ? "Sagen har ingen afgørelsesdato, så spørgsmålet kan ikke vurderes frem til afgørelsen."
                    : "Undersøgelsen har ingen periode med slutdato, så spørgsmålet kan ikke vurderes frem til "
                    + "periodens slutning.");
        }
        LocalDate horizon = day.isAfter(asOf) ? asOf : day;
        ItemResult r = byType(item, c, horizon);
        return item.isVersioned() ? new ItemResult(r.itemId(), r.outcome(), r.value(), r.reason()
                + " (Vurderet efter den version af reglen, der gælder for afgørelser truffet "
                + ItemDescriber.validity(item) + ".)", r.consequence()) : r;
    }

    private ItemResult byType(Item item, Case c, LocalDate horizon) {
        return item.spec().accept(new ItemSpec.Visitor<ItemResult>() {
            public ItemResult assessment(ItemSpec.Assessment s) {
                return Scorer.this.assessment.evaluate(item, s, c, horizon);
            }

            public ItemResult deadline(ItemSpec.Deadline s) {
                return Scorer.this.deadline.evaluate(item, s, c, horizon);
            }

            public ItemResult completeness(ItemSpec.Completeness s) {
                return Scorer.this.completeness.evaluate(item, s, c, horizon);
            }

            public ItemResult course(ItemSpec.Course s) {
                return Scorer.this.course.evaluate(item, s, c, horizon);
            }

            public ItemResult dateOrder(ItemSpec.DateOrder s) {
                return Scorer.this.dateOrder.evaluate(item, s, c, horizon);
            }

            public ItemResult frequency(ItemSpec.Frequency s) {
                return Scorer.this.frequency.evaluate(item, s, c, horizon);
            }
        });
    }

    /**
     * A case without a decision cannot be assessed: its items are neither met nor not met (a deadline the
     * kommune "missed" because no decision was made would otherwise count against it, and the case would get
     * a score of 0 %). Counted answers (e.g. Likert) keep their value.
     */
    private static ItemResult withoutDecision(ItemResult r) {
        if (r.outcome() == Outcome.OPTALT || r.outcome() == Outcome.IKKE_RELEVANT) {
            return r;
        }
        return new ItemResult(r.itemId(), Outcome.IKKE_RELEVANT, r.value(), NO_DECISION, null);
    }

    /** The reason an item of a case without a decision gives. */
    static final String NO_DECISION = "Sagen indeholder ingen afgørelse, så spørgsmålet kan ikke vurderes.";

    /** Share of met among met and not-met items; null when none is either. */
    static Double score(List<ItemResult> items) {
        long met = items.stream().filter(i -> i.outcome() == Outcome.OPFYLDT).count();
        long notMet = items.stream().filter(i -> i.outcome() == Outcome.IKKE_OPFYLDT).count();
        return met + notMet == 0 ? null : (double) met / (met + notMet);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
