package dk.praksis.report.text;

import static dk.praksis.text.DanishFormat.interval;
import static dk.praksis.text.DanishFormat.level;
import static dk.praksis.text.DanishFormat.percent;

import dk.praksis.report.AuditReport;
import dk.praksis.report.KeyFigures;
import dk.praksis.stats.Share;
import dk.praksis.report.UnitReport;
import dk.praksis.text.DanishFormat;
import java.util.ArrayList;
import java.util.List;

/** The two to four plain sentences that open a Sammenfatning, generated from the key figures. */
public final class SummarySentences {

    private SummarySentences() {
    }

    /** Sentences about {@code unit} (a kommune or the audit's total), the kommune compared with all kommuner. */
    public static List<String> of(AuditReport report, UnitReport unit) {
        KeyFigures f = unit.figures();
        String ci = level(report.method().confidenceLevel()) + "-konfidensinterval";
        List<String> s = new ArrayList<>();
        String scope = unit.isTotal() ? cases(f.cases()) + " fra " + kommuner(report.kommuner().size())
                : cases(f.cases()) + " fra " + unit.kommune().navn();
        if (f.assessed() == f.cases()) {
            s.add("Undersøgelsen omfatter " + scope + (f.cases() == 1 ? ", som kunne realitetsbehandles."
                    : ", og alle kunne realitetsbehandles."));
        } else {
            s.add("Undersøgelsen omfatter " + scope + ", heraf " + f.assessed() + " realitetsbehandlede.");
        }
        if (f.assessed() == 0) {
            s.add("Ingen af sagerne kunne realitetsbehandles, så der er ingen andele at opgøre.");
            return s;
        }
        s.add("I " + f.accordance().count() + " af " + cases(f.assessed())
                + " var afgørelsen i overensstemmelse med regler og praksis, svarende til "
                + withInterval(f.accordance(), ci) + ".");
        if (f.hasReversal()) {
            s.add("Omgørelsesprocenten er " + withInterval(f.reversal(), ci) + ": " + f.reversal().count() + " af "
                    + f.assessed() + " realitetsbehandlede sager ville blive ændret eller hjemvist.");
        }
        if (unit.isTotal() && f.weightedDiffers()) {
            s.add(weighted(f, ci));
        }
        if (!unit.isTotal()) {
            KeyFigures all = report.total().figures();
            s.add("For alle kommuner i undersøgelsen var " + percent(all.accordance())
                    + " af afgørelserne i overensstemmelse med regler og praksis"
                    + (all.hasReversal() ? ", og omgørelsesprocenten var " + percent(all.reversal()) : "") + ".");
        }
        return s;
    }

    /**
     * The population-weighted figures, when they differ materially from the pooled ones: the pooled share gives
     * every case the same weight, so a kommune sampled heavily counts too much.
     */
    private static String weighted(KeyFigures f, String ci) {
        return "Vægtet efter kommunernes antal afgørelser var " + percent(f.weightedAccordance().share()) + " ("
                + ci + ": " + interval(f.weightedAccordance().interval()) + ") i overensstemmelse med regler og praksis"
                + (f.weightedReversal() == null ? "" : ", og omgørelsesprocenten var "
                + percent(f.weightedReversal().share()) + " (" + interval(f.weightedReversal().interval()) + ")")
                + "; tallene ovenfor giver hver sag samme vægt, også hvor en stor del af en lille kommunes sager er"
                + " undersøgt.";
    }

    private static String withInterval(Share share, String ci) {
        return percent(share) + " (" + ci + ": " + interval(share.interval()) + ")";
    }

    /**
     * The omgørelsesprocent's denominator in words: which cases it is out of, and which are left out; empty
     * when the checklist has no omgørelsesprocent.
     */
    public static java.util.Optional<String> reversalBasis(KeyFigures f) {
        return f.hasReversal() ? java.util.Optional.of(basis(f)) : java.util.Optional.empty();
    }

    private static String basis(KeyFigures f) {
        int assessed = f.assessed();
        int unassessable = f.unassessable();
        if (assessed == 0) {
            return "Der er ingen realitetsbehandlede sager at beregne omgørelsesprocenten af.";
        }
        if (unassessable == 0) {
            return assessed == 1 ? "Omgørelsesprocenten er beregnet af den ene sag, som kunne realitetsbehandles."
                    : "Omgørelsesprocenten er beregnet af alle " + assessed + " sager; alle kunne realitetsbehandles.";
        }
        String basis = assessed == 1 ? "den ene realitetsbehandlede sag" : "de " + assessed + " realitetsbehandlede sager";
        String excluded = unassessable == 1 ? "den ene sag, der ikke kunne vurderes, indgår ikke"
                : "de " + unassessable + " sager, der ikke kunne vurderes, indgår ikke";
        return "Omgørelsesprocenten er beregnet af " + basis + "; " + excluded + ".";
    }

    /** "1 sag", "7 sager" */
    public static String cases(int n) {
        return n + (n == 1 ? " sag" : " sager");
    }

    /** "1 kommune", "4 kommuner" */
    public static String kommuner(int n) {
        return n + (n == 1 ? " kommune" : " kommuner");
    }
}
