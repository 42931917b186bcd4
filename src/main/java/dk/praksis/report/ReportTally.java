package dk.praksis.report;

import dk.praksis.calibration.Calibration;
import dk.praksis.cases.Kommune;
import dk.praksis.checklist.Checklist;
import dk.praksis.scoring.CaseResult;
import dk.praksis.stats.PairCounts;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What {@link ReportBuilder} computes the report's figures from, counted one case at a time as the cases are
 * scored: per kommune and for the whole audit the verdicts, disagreements, reviewers and item and theme counts,
 * and the pairs for the internal consistency and the calibration. It grows with kommuner × items, not with the
 * cases, and does not depend on the order the cases arrive in. Mutable while it is being filled; not thread-safe.
 */
public final class ReportTally {

    private final Checklist checklist;
    private final Unit total;
    private final Map<Kommune, Unit> kommuner = new LinkedHashMap<>();
    /** The reviewer's own verdict against the derived one, over cases with a decision and a reviewer's verdict. */
    private final PairCounts consistency = new PairCounts();
    private final Calibration.Tally calibration;

    public ReportTally(Checklist checklist) {
        this.checklist = checklist;
        this.total = new Unit(checklist);
        this.calibration = new Calibration.Tally(checklist);
    }

    /** A tally of these cases. */
    static ReportTally of(Checklist checklist, Iterable<CaseResult> cases) {
        ReportTally tally = new ReportTally(checklist);
        cases.forEach(tally::add);
        return tally;
    }

    public void add(CaseResult c) {
        total.add(c);
        kommuner.computeIfAbsent(Objects.requireNonNull(c.kommune(), "kommune"), k -> new Unit(checklist)).add(c);
        calibration.add(c);
        if (c.reviewerVerdict() != null && !c.derivedVerdict().equals(Checklist.VERDICT_UNASSESSABLE)) {
            consistency.add(c.reviewerVerdict(), c.derivedVerdict());
        }
    }

    Unit total() {
        return total;
    }

    /** Each kommune's counts, in no particular order. */
    Map<Kommune, Unit> kommuner() {
        return kommuner;
    }

    PairCounts consistency() {
        return consistency;
    }

    Calibration calibration(double level) {
        return calibration.calibration(level);
    }

    /** The counts of one unit: the audit or one kommune. */
    static final class Unit {
        private int cases;
        private int disagreements;
        private final Map<String, Integer> verdicts = new HashMap<>();
        private final TreeSet<String> reviewers = new TreeSet<>();
        private final ItemCounter items;

        Unit(Checklist checklist) {
            this.items = new ItemCounter(checklist);
        }

        void add(CaseResult c) {
            cases++;
            disagreements += c.disagreement() ? 1 : 0;
            verdicts.merge(c.verdict(), 1, Integer::sum);
            if (c.reviewer() != null) {
                reviewers.add(c.reviewer());
            }
            items.add(c);
        }

        int cases() {
            return cases;
        }

        int disagreements() {
            return disagreements;
        }

        /** Cases with the verdict. */
        int count(String verdict) {
            return verdicts.getOrDefault(verdict, 0);
        }

        /** The verdicts counted, each with its number of cases. */
        Map<String, Integer> verdicts() {
            return verdicts;
        }

        TreeSet<String> reviewers() {
            return reviewers;
        }

        ItemCounter items() {
            return items;
        }
    }
}
