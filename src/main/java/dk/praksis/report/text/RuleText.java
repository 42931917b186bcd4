package dk.praksis.report.text;

import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import java.util.ArrayList;
import java.util.List;

/** A plain Danish description of how an item is decided, for the Måleskema. */
public final class RuleText {

    private RuleText() {
    }

    public static String describe(Checklist checklist, Item item) {
        ItemSpec spec = item.spec();
        if (spec instanceof ItemSpec.Assessment a) {
            AnswerScale scale = checklist.scales().get(a.scale());
            if (scale != null && scale.counted()) {
                return "Bedømmerens svar optælles: " + String.join(", ", scale.values()) + ".";
            }
            return scale == null ? "Bedømmerens svar på skalaen " + a.scale() + "."
                    : "Bedømmerens svar; opfyldt ved " + or(scale.met()) + ", ikke opfyldt ved " + or(scale.notMet()) + ".";
        }
        if (spec instanceof ItemSpec.Deadline d) {
            return deadline(d);
        }
        if (spec instanceof ItemSpec.Completeness c) {
            return "Dokumentet " + c.document() + " skal indeholde " + String.join(", ", c.elements())
                    + ", hvert med mindst " + c.minChars() + " tegn.";
        }
        if (spec instanceof ItemSpec.Course c) {
            return course(c);
        }
        if (spec instanceof ItemSpec.DateOrder o) {
            return o.first() + " skal ligge før " + o.second()
                    + (o.maxGap() == null ? "" : ", højst " + o.maxGap() + " før") + ".";
        }
        return "";
    }

    private static String deadline(ItemSpec.Deadline d) {
        StringBuilder sb = new StringBuilder("Frist: ");
        if (d.counting() == ItemSpec.Counting.FRA_DATO) {
            sb.append(d.length()).append(" efter ").append(d.startField());
        } else {
            sb.append(d.length()).append(" sammenlagt i perioder med ").append(String.join(", ", d.periodTypes()));
            if (d.window() != null) {
                sb.append(" inden for ").append(d.window());
            }
        }
        sb.append("; overholdes af ").append(d.event());
        if (d.restarts()) {
            sb.append(", og optællingen begynder forfra efter hver");
        }
        if (d.toleranceDays() > 0) {
            sb.append("; tolerance ").append(d.toleranceDays()).append(" dage");
        }
        return sb.append('.').toString();
    }

    private static String course(ItemSpec.Course c) {
        List<String> req = new ArrayList<>();
        if (c.minCount() != null) {
            req.add("mindst " + c.minCount());
        }
        if (c.endBy() != null) {
            req.add("afsluttet senest " + c.endBy());
        }
        if (c.minTotalDuration() != null) {
            req.add("samlet mindst " + c.minTotalDuration());
        }
        if (c.minSingleDuration() != null) {
            req.add("et forløb på mindst " + c.minSingleDuration());
        }
        if (c.minHoursPerWeek() != null) {
            req.add("mindst " + DanishFormat.oneDecimal(c.minHoursPerWeek()) + " timer pr. uge");
        }
        if (c.maxStartHoursPerWeek() != null) {
            req.add("start på højst " + DanishFormat.oneDecimal(c.maxStartHoursPerWeek()) + " timer pr. uge");
        }
        if (!c.flagsAll().isEmpty()) {
            req.add("alle med " + String.join(", ", c.flagsAll()));
        }
        return "Forløb (" + c.course() + "): " + String.join("; ", req) + ".";
    }

    private static String or(List<String> values) {
        return values.isEmpty() ? "–" : String.join(" eller ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}
