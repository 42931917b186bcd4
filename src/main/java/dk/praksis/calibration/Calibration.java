package dk.praksis.calibration;

import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.SecondReview;
import dk.praksis.stats.Agreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The agreement between first and second reviewers over the double-reviewed cases.
 *
 * @param cases     double-reviewed cases
 * @param reviewers the reviewer pairs, first/second, e.g. "R1/R2", sorted (for the internal reports only)
 * @param verdict   the overall verdict: the one the audit counts for the first reviewer against the second
 *                  reviewer's
 * @param items     one per reviewer question with a scale, in checklist order
 */
public record Calibration(int cases, List<String> reviewers, Measure verdict, List<Measure> items) {

    /** Fewest pairs on which kappa and AC1 are shown: on fewer, their intervals span almost everything. */
    public static final int MIN_PAIRS = 10;

    public static final Calibration NONE = new Calibration(0, List.of(), null, List.of());

    public Calibration {
        reviewers = List.copyOf(reviewers);
        items = List.copyOf(items);
    }

    /**
     * One measure: the overall verdict or a reviewer question.
     *
     * @param id        the question id, or null for the overall verdict
     * @param text      the question's text, or "Samlet vurdering"
     * @param agreement the table and coefficients, or null when no case has both answers
     */
    public record Measure(String id, String text, Agreement agreement) {

        /** Whether there are enough pairs to show the coefficients (the table is always shown). */
        public boolean coefficientsShown() {
            return agreement != null && agreement.pairs() >= MIN_PAIRS;
        }
    }

    /** Whether any case was double-reviewed. */
    public boolean any() {
        return cases > 0;
    }

    /** The verdict categories: i_overensstemmelse, the checklist's consequences in order, kan_ikke_vurderes. */
    static List<String> verdictCategories(Checklist checklist) {
        List<String> order = new ArrayList<>();
        order.add(Checklist.VERDICT_OK);
        checklist.consequences().forEach(c -> order.add(c.id()));
        order.add(Checklist.VERDICT_UNASSESSABLE);
        return order;
    }

    public static Calibration of(Checklist checklist, List<CaseResult> results, double level) {
        List<String> verdictOrder = verdictCategories(checklist);
        List<CaseResult> doubled = results.stream().filter(r -> r.secondReview() != null).toList();
        if (doubled.isEmpty()) {
            return NONE;
        }
        List<String> pairs = List.copyOf(doubled.stream()
                .map(r -> Objects.toString(r.reviewer(), "?") + "/" + Objects.toString(r.secondReview().reviewer(), "?"))
                .collect(Collectors.toCollection(TreeSet::new)));
        List<CaseResult> judged = doubled.stream().filter(r -> r.secondReview().verdict() != null
                && verdictOrder.contains(r.secondReview().verdict()) && verdictOrder.contains(r.verdict())).toList();
        Measure verdict = new Measure(null, "Samlet vurdering", Agreement.of(verdictOrder, false,
                judged.stream().map(CaseResult::verdict).toList(),
                judged.stream().map(r -> r.secondReview().verdict()).toList(), level).orElse(null));
        List<Measure> items = new ArrayList<>();
        checklist.items().filter(i -> i.spec() instanceof ItemSpec.Assessment).forEach(i -> {
            AnswerScale scale = checklist.scales().get(((ItemSpec.Assessment) i.spec()).scale());
            if (scale != null) {
                items.add(item(i, scale, doubled, level));
            }
        });
        return new Calibration(doubled.size(), pairs, verdict, items);
    }

    /** An ordered (counted, e.g. Likert) scale gets the weighted kappa; a judging scale is nominal. */
    private static Measure item(Item item, AnswerScale scale, List<CaseResult> doubled, double level) {
        List<SecondReview.AnswerPair> answers = doubled.stream()
                .map(r -> r.secondReview().answers().get(item.id())).filter(Objects::nonNull).toList();
        return new Measure(item.id(), item.text(), Agreement.of(scale.values(), scale.counted(),
                answers.stream().map(SecondReview.AnswerPair::first).toList(),
                answers.stream().map(SecondReview.AnswerPair::second).toList(), level).orElse(null));
    }
}
