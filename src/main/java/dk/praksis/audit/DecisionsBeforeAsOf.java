package dk.praksis.audit;

import dk.praksis.cases.Case;
import dk.praksis.cases.CasePaths;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.text.DanishDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, as the cases stream past, that no decision lies after the as-of date. Timeliness is
 * measured up to the as-of date, so a later decision means the date (or the case) is wrong and
 * every deadline result would be nonsense: it is invalid input, not a warning.
 */
final class DecisionsBeforeAsOf {

    private final LocalDate asOf;
    private final List<Problem> problems = new ArrayList<>();

    DecisionsBeforeAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    void check(Case c) {
        LocalDate decided = c.decision() == null ? null : c.decision().date();
        if (decided != null && decided.isAfter(asOf)) {
            problems.add(new Problem(c.origin().where(CasePaths.DECISION_DATE), c.id(), "afgørelsen "
                    + DanishDate.numeric(decided) + " ligger efter opgørelsesdatoen " + DanishDate.numeric(asOf)
                    + "; ret opgørelsesdatoen (opgørelsesdato i undersoegelse.yaml eller --as-of) eller sagens dato"));
        }
    }

    /** @throws InvalidInputException listing every such case, when there are any */
    void finish() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
