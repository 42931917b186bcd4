package dk.praksis.report.pdf;

import dk.praksis.report.ItemFigures;
import dk.praksis.report.KeyFigures;
import java.util.ArrayList;
import java.util.List;

/** Two to four plain Danish sentences read off a unit's key figures, for the Sammenfatning. */
final class SummarySentences {

    private SummarySentences() {
    }

    static List<String> of(UnitView view) {
        KeyFigures f = view.unit().figures();
        String who = view.isTotal() ? "de " + view.report().method().kommuner() + " kommuner" : view.label();
        List<String> s = new ArrayList<>();
        String assessed = f.unassessable() == 0 ? "alle kunne realitetsbehandles"
                : f.assessed() + " kunne realitetsbehandles";
        s.add(view.report().info().sender() + " har gennemgået " + Fmt.cases(f.cases()) + " fra " + who + "; "
                + assessed + ".");
        if (f.accordance().defined()) {
            s.add("I " + Fmt.ofTotal(f.accordance()) + " realitetsbehandlede sager var afgørelsen i overensstemmelse "
                    + "med regler og praksis (" + Fmt.percent(f.accordance()) + ", " + view.intervalLabel() + " "
                    + Fmt.interval(f.accordance()) + ").");
            s.add("Omgørelsesprocenten er " + Fmt.percent(f.reversal()) + ": " + f.reversal().count() + " af "
                    + f.reversal().total() + " sager ville blive ændret, ophævet eller hjemvist.");
        } else {
            s.add("Ingen af sagerne kunne realitetsbehandles, så der er ingen andele at opgøre.");
        }
        if (!view.isTotal() && view.all().figures().accordance().defined()) {
            s.add("I alle kommuner i undersøgelsen var " + Fmt.percent(view.all().figures().accordance())
                    + " af de realitetsbehandlede sager i overensstemmelse med regler og praksis.");
        } else if (!view.unit().mostFailed().isEmpty()) {
            ItemFigures top = view.unit().mostFailed().get(0);
            s.add("Det spørgsmål, der oftest ikke var opfyldt, er " + top.item().id() + " (" + top.item().text()
                    + "): ikke opfyldt i " + top.unit().notMet() + " af " + top.unit().relevant() + " sager.");
        }
        return s;
    }
}
