package dk.praksis.calibration;

import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.SecondReview;
import dk.praksis.stats.Agreement;
import dk.praksis.stats.PairCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

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
        Tally tally = new Tally(checklist);
        results.forEach(tally::add);
        return tally.calibration(level);
    }

    /**
     * The calibration counted one case at a time: what it keeps grows with the reviewer pairs and the scales'
     * categories, not with the cases. Mutable while it is being filled; not thread-safe.
     */
    public static final class Tally {
        private final Checklist checklist;
        private final List<String> verdictOrder;
        private final TreeSet<String> pairs = new TreeSet<>();
        private final PairCounts verdicts = new PairCounts();
        /** Each reviewer question with a scale, in checklist order, with its answer pairs. */
        private final List<ItemCounts> items = new ArrayList<>();
        private int cases;

        public Tally(Checklist checklist) {
            this.checklist = checklist;
            this.verdictOrder = verdictCategories(checklist);
            checklist.items().filter(i -> i.spec() instanceof ItemSpec.Assessment)
                    .filter(i -> checklist.scales().get(((ItemSpec.Assessment) i.spec()).scale()) != null)
                    .forEach(i -> items.add(new ItemCounts(i, new PairCounts())));
        }

        /**
         * A question and its counts. A list rather than a map keyed by the item: nothing is looked up, and hashing
         * an item (a record of records) made the JVM build method handles for each of their hashCodes.
         */
        private record ItemCounts(Item item, PairCounts counts) {
        }

        public void add(CaseResult r) {
            SecondReview second = r.secondReview();
            if (second == null) {
                return;
            }
            cases++;
            pairs.add(Objects.toString(r.reviewer(), "?") + "/" + Objects.toString(second.reviewer(), "?"));
            if (second.verdict() != null && verdictOrder.contains(second.verdict())
                    && verdictOrder.contains(r.verdict())) {
                verdicts.add(r.verdict(), second.verdict());
            }
            for (ItemCounts i : items) {
                SecondReview.AnswerPair answer = second.answers().get(i.item().id());
                if (answer != null) {
                    i.counts().add(answer.first(), answer.second());
                }
            }
        }

        /** The agreement over the cases added so far, with intervals at {@code level}. */
        public Calibration calibration(double level) {
            if (cases == 0) {
                return NONE;
            }
            Measure verdict = new Measure(null, "Samlet vurdering",
                    Agreement.of(verdictOrder, false, verdicts, level).orElse(null));
            List<Measure> measures = new ArrayList<>();
            for (ItemCounts i : items) {
                AnswerScale scale = checklist.scales().get(((ItemSpec.Assessment) i.item().spec()).scale());
                measures.add(new Measure(i.item().id(), i.item().text(),
                        Agreement.of(scale.values(), scale.counted(), i.counts(), level).orElse(null)));
            }
            return new Calibration(cases, List.copyOf(pairs), verdict, measures);
        }
    }
}
