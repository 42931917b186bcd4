package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.cases.ItemApplicability;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores one case against a checklist as of a date: every item in checklist order, the score, the
 * derived verdict and how it compares with the reviewer's.
 */
public final class Scorer {

    private final Checklist checklist;
    private final LocalDate asOf;
    private final AssessmentEvaluator assessment;
    private final DeadlineEvaluator deadline = new DeadlineEvaluator();
    private final CompletenessEvaluator completeness = new CompletenessEvaluator();
    private final CourseEvaluator course = new CourseEvaluator();
    private final DateOrderEvaluator dateOrder = new DateOrderEvaluator();

    public Scorer(Checklist checklist, LocalDate asOf) {
        this.checklist = Objects.requireNonNull(checklist);
        this.asOf = Objects.requireNonNull(asOf);
        this.assessment = new AssessmentEvaluator(checklist.scales());
    }

    public CaseResult score(Case c) {
        List<ItemResult> items = new ArrayList<>();
        boolean decided = c.decision() != null && c.decision().present();
        checklist.items().forEach(i -> items.add(decided ? evaluate(i, c) : withoutDecision(evaluate(i, c))));
        String derived = Verdicts.derive(checklist, c, items);
        String reviewer = blankToNull(c.review().verdict());
        boolean disagreement = reviewer != null && !reviewer.equals(derived);
        return new CaseResult(c.id(), c.kommune(), c.caseType(), items, score(items), derived, reviewer,
                disagreement, blankToNull(c.review().reviewer()), blankToNull(c.review().remark()));
    }

    /** One item: applicability first, then the evaluator of its type. */
    public ItemResult evaluate(Item item, Case c) {
        Optional<String> notApplicable = ItemApplicability.notApplicableReason(item, c);
        if (notApplicable.isPresent()) {
            return ItemEvaluator.notRelevant(item, notApplicable.get());
        }
        ItemSpec spec = item.spec();
        if (spec instanceof ItemSpec.Assessment s) {
            return assessment.evaluate(item, s, c, asOf);
        }
        if (spec instanceof ItemSpec.Deadline s) {
            return deadline.evaluate(item, s, c, asOf);
        }
        if (spec instanceof ItemSpec.Completeness s) {
            return completeness.evaluate(item, s, c, asOf);
        }
        if (spec instanceof ItemSpec.Course s) {
            return course.evaluate(item, s, c, asOf);
        }
        if (spec instanceof ItemSpec.DateOrder s) {
            return dateOrder.evaluate(item, s, c, asOf);
        }
        throw new IllegalStateException("no evaluator for " + spec);
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
