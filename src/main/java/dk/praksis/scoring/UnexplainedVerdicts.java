package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.cases.CasePaths;
import dk.praksis.checklist.Checklist;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds, while cases are read, those whose reviewer verdict differs from the one the answers give without a
 * remark that explains it ({@link CaseResult#unexplained()}), and says for each where it is, which verdicts
 * differ and which items give the answers' verdict. Scores as the audit does, so {@code validate} warns about
 * exactly the cases {@code audit} would.
 */
public final class UnexplainedVerdicts implements Consumer<Case> {

    /** What the reviewer should do, said by {@code validate} per case and by {@code audit} once. */
    public static final String ADVICE = "Skriv en bemærkning, så kommunen kan se hvorfor.";

    private final Checklist checklist;
    private final Scorer scorer;
    private final List<String> warnings = new ArrayList<>();

    /** @param periodEnd the audit period's last day, or null when there is none */
    public UnexplainedVerdicts(Checklist checklist, LocalDate asOf, LocalDate periodEnd) {
        this.checklist = checklist;
        this.scorer = new Scorer(checklist, asOf, periodEnd);
    }

    @Override
    public void accept(Case c) {
        CaseResult r = scorer.score(c);
        if (r.unexplained()) {
            warnings.add(c.origin().where(CasePaths.VERDICT) + ": sag " + c.id() + ": bedømmerens samlede vurdering"
                    + " er »" + checklist.verdictLabel(r.reviewerVerdict()) + "«, men svarene giver »"
                    + checklist.verdictLabel(r.derivedVerdict()) + "« (" + why(r) + "), og der er ingen bemærkning,"
                    + " der forklarer forskellen. " + ADVICE);
        }
    }

    /** One line per case, in the order read. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The items that give the answers' verdict: those not met with that consequence. */
    private static String why(CaseResult r) {
        if (Checklist.VERDICT_OK.equals(r.derivedVerdict())) {
            return "alle relevante spørgsmål er opfyldt";
        }
        if (Checklist.VERDICT_UNASSESSABLE.equals(r.derivedVerdict())) {
            return "der foreligger ingen afgørelse";
        }
        List<String> items = r.items().stream().filter(i -> i.outcome() == Outcome.IKKE_OPFYLDT
                && r.derivedVerdict().equals(i.consequence())).map(ItemResult::itemId).toList();
        return "ikke opfyldt: " + String.join(", ", items);
    }
}
