package dk.praksis.audit;

import dk.praksis.report.OutputNames;
import dk.praksis.report.terminal.TerminalSummary;
import dk.praksis.scoring.UnexplainedVerdicts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code audit} prints when it is done: the title, the table per kommune, warnings, where it wrote. */
public final class AuditSummary {

    /** How many cases the warning about unexplained verdicts names before it counts the rest. */
    static final int NAMED_CASES = 10;

    private AuditSummary() {
    }

    public static List<String> lines(AuditOutcome outcome, Path written) {
        List<String> out = new ArrayList<>();
        out.add(outcome.title());
        TerminalSummary.render(outcome.report()).lines().forEach(out::add);
        if (outcome.maskedValues() > 0) {
            out.add("Advarsel: " + outcome.maskedValues() + " personoplysninger er maskeret (--masker).");
        }
        int unexplained = outcome.unexplained();
        if (unexplained > 0) {
            // A terminal line, not a list: a large audit names the first few and points to validate for the rest.
            String ids = String.join(", ", outcome.firstUnexplained()) + (unexplained <= NAMED_CASES ? ""
                    : " og " + (unexplained - NAMED_CASES) + " flere; praksis validate med undersøgelsesfilen viser hver"
                            + " sag med sted");
            out.add("Advarsel: i " + (unexplained == 1 ? "1 sag" : unexplained + " sager") + " afviger "
                    + "bedømmerens samlede vurdering fra den, svarene giver, uden en bemærkning, der forklarer det ("
                    + ids + "). " + UnexplainedVerdicts.ADVICE);
        }
        if (OutputNames.needsAsciiFallback(outcome.report())) {
            out.add("Bemærk: filsystemet kan ikke gemme danske bogstaver i filnavne; kommunefilerne er navngivet"
                    + " med ae, oe og aa.");
        }
        if (!outcome.report().corrections().isEmpty()) {
            out.add("Rettelser efter høring: " + outcome.report().corrections().size() + " svar rettet i "
                    + outcome.report().corrections().stream().map(c -> c.caseId()).distinct().count()
                    + " sager (se Metode og arket Rettelser).");
        }
        if (outcome.report().info().isDraft()) {
            out.add("Udkast – til høring: alle filer er mærket som udkast; høringspakken til hver kommune ligger i "
                    + "mappen hoering/.");
        }
        out.add("Skrevet til: " + written);
        return out;
    }
}
