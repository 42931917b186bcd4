package dk.praksis.compare;

import dk.praksis.checklist.Checklist;
import dk.praksis.text.DanishFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main changes of a comparison in plain Danish sentences, for a follow-up report's Resumé and a manager's
 * first page: the share in accordance and the omgørelsesprocent, first year against last, the change with its
 * Newcombe interval, and whether chance could explain it (it can when the interval holds 0).
 */
public final class ChangeSentences {

    private ChangeSentences() {
    }

    /** The key measures followed up on: in accordance, then omgørelse. */
    public static List<MeasureSeries> keyMeasures(UnitComparison u) {
        List<MeasureSeries> out = new ArrayList<>();
        measure(u, Checklist.VERDICT_OK).ifPresent(out::add);
        measure(u, Comparer.OMGOERELSE).ifPresent(out::add);
        return out;
    }

    private static Optional<MeasureSeries> measure(UnitComparison u, String key) {
        return u.verdicts().stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** One or two sentences per key measure with a change from the first year to the last. */
    public static List<String> of(UnitComparison u) {
        List<String> out = new ArrayList<>();
        for (MeasureSeries m : keyMeasures(u)) {
            m.overallChange().ifPresent(c -> out.add(sentence(m, c)));
        }
        return out;
    }

    /**
     * "Omgørelsesprocenten er faldet fra 42,2 % i 2009 til 26,4 % i 2011, altså med 15,8 procentpoint
     * (95 %-interval for ændringen: −28,4 til −2,1 procentpoint). Faldet er større, end tilfældigheder kan forklare."
     */
    static String sentence(MeasureSeries m, Change c) {
        YearShare from = share(m, c.from());
        YearShare to = share(m, c.to());
        String points = DanishFormat.oneDecimal(Math.abs(c.estimate()) * 100);
        String subject = subject(m);
        String interval = "(95 %-interval for ændringen: " + ChangeFormat.points(c.lower()) + " til "
                + ChangeFormat.points(c.upper()) + " procentpoint)";
        if (points.equals("0,0")) {
            return capital(subject) + " er uændret " + ChangeFormat.percent(to.share()) + " i " + c.to() + " som i "
                    + c.from() + " " + interval + ".";
        }
        boolean up = c.estimate() > 0;
        String change = up ? "Stigningen" : "Faldet";
        return capital(subject) + " er " + (up ? "steget" : "faldet") + " fra " + ChangeFormat.percent(from.share())
                + " i " + c.from() + " til " + ChangeFormat.percent(to.share()) + " i " + c.to() + ", altså med "
                + points + " procentpoint " + interval + ". "
                + (c.clear() ? change + " er større, end tilfældigheder kan forklare."
                        : "Med så få sager kan " + change.toLowerCase(DanishFormat.DANISH) + " skyldes tilfældigheder.");
    }

    private static String subject(MeasureSeries m) {
        if (m.key().equals(Checklist.VERDICT_OK)) {
            return "andelen af afgørelser i overensstemmelse med regler og praksis";
        }
        if (m.key().equals(Comparer.OMGOERELSE)) {
            return "omgørelsesprocenten";
        }
        return "andelen »" + m.label() + "«";
    }

    private static YearShare share(MeasureSeries m, String year) {
        return m.shares().stream().filter(s -> s.year().equals(year)).findFirst().orElseThrow();
    }

    private static String capital(String s) {
        return s.substring(0, 1).toUpperCase(DanishFormat.DANISH) + s.substring(1);
    }
}
