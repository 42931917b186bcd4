package dk.praksis.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the type-specific part of an item and its condition, checking what the schema cannot. */
final class ItemSpecReader {

    private static final List<String> OPERATORS = List.of("er", "er_ikke", "i", "under", "mindst", "før", "fra",
            "findes", "mangler");
    private static final List<String> COMBINERS = List.of("alle", "en_af");

    private final ProblemCollector problems;
    private final Map<String, AnswerScale> scales;

    ItemSpecReader(ProblemCollector problems, Map<String, AnswerScale> scales) {
        this.problems = problems;
        this.scales = scales;
    }

    ItemSpec read(ItemType type, JsonNode item, String owner) {
        return switch (type) {
            case VURDERING -> assessment(item, owner);
            case FRIST -> deadline(item.path("frist"), owner);
            case FULDSTAENDIGHED -> completeness(item, owner);
            case FORLOEB -> course(item, owner);
            case DATO_FOER -> dateOrder(item, owner);
            case HYPPIGHED -> frequency(item.path("hyppighed"), owner);
        };
    }

    private ItemSpec assessment(JsonNode item, String owner) {
        String scale = Nodes.text(item, "svarskala");
        if (scale != null && !scales.containsKey(scale)) {
            problems.at(item.get("svarskala"), owner, "ukendt svarskala '" + scale + "'"
                    + Suggestions.hint(scale, scales.keySet()) + "; måleskemaets svarskalaer: "
                    + String.join(", ", scales.keySet()));
        } else if (scale != null && scales.get(scale).counted() && item.has("ved_ikke_opfyldt")) {
            problems.at(item.get("ved_ikke_opfyldt"), owner, "svarskalaen '" + scale + "' er tællende (værdier) og "
                    + "kan ikke give 'ikke opfyldt'; fjern ved_ikke_opfyldt eller brug en skala med opfyldt/ikke_opfyldt");
        }
        return new ItemSpec.Assessment(scale);
    }

    private ItemSpec deadline(JsonNode f, String owner) {
        String counting = Nodes.text(f, "optælling");
        ItemSpec.Counting c = "fra_dato".equals(counting) ? ItemSpec.Counting.FRA_DATO : ItemSpec.Counting.SAMMENLAGT;
        String start = Nodes.text(f, "start");
        List<String> periods = Nodes.texts(f, "perioder");
        if (c == ItemSpec.Counting.FRA_DATO) {
            if (start == null && counting != null) {
                problems.at(f, owner, "en frist med optælling fra_dato skal have 'start' (fx start: datoer.visitation)");
            }
            if (f.has("perioder")) {
                problems.at(f.get("perioder"), owner, "'perioder' bruges kun ved optælling sammenlagt");
            }
            if (f.has("inden_for")) {
                problems.at(f.get("inden_for"), owner, "'inden_for' bruges kun ved optælling sammenlagt");
            }
        } else {
            if (periods.isEmpty() && counting != null) {
                problems.at(f, owner, "en frist med optælling sammenlagt skal have 'perioder' "
                        + "(de periodetyper, der tæller, fx [ledighedsydelse])");
            }
            if (start != null) {
                problems.at(f.get("start"), owner, "'start' bruges kun ved optælling fra_dato");
            }
        }
        if (start != null) {
            fieldPath(f, "start", true, owner);
        }
        Span length = span(f, "længde", owner);
        Span window = span(f, "inden_for", owner);
        if (length != null && window != null && window.thirtyDayDays() < length.thirtyDayDays()) {
            problems.at(f.get("inden_for"), owner, "'inden_for' (" + window + ") er kortere end 'længde' (" + length + ")");
        }
        Span tolerance = span(f, "tolerance", owner);
        int toleranceDays = 0;
        if (tolerance != null) {
            if (tolerance.years() > 0 || tolerance.months() > 0) {
                problems.at(f.get("tolerance"), owner, "'tolerance' skal angives i dage eller uger, fx \"7 dage\"");
            }
            toleranceDays = tolerance.weeks() * 7 + tolerance.days();
        }
        ItemSpec.MonthCounting months = "30_dage".equals(Nodes.text(f, "måneder"))
                ? ItemSpec.MonthCounting.DAGE_30 : ItemSpec.MonthCounting.KALENDER;
        Span completion = span(f, "afsluttet_senest", owner);
        if (length != null && completion != null && completion.thirtyDayDays() < length.thirtyDayDays()) {
            problems.at(f.get("afsluttet_senest"), owner, "'afsluttet_senest' (" + completion + ") er kortere end "
                    + "'længde' (" + length + "): fristen for at afslutte kan ikke falde, før pligten opstår");
        }
        List<String> nonCounting = nonCounting(f, c, periods, owner);
        return new ItemSpec.Deadline(c, start, periods, length, window, Nodes.text(f, "hændelse"),
                f.path("genstarter").asBoolean(false), toleranceDays, months, nonCounting, completion,
                move(f, owner));
    }

    private List<String> nonCounting(JsonNode f, ItemSpec.Counting c, List<String> periods, String owner) {
        if (!f.has("tæller_ikke")) {
            return List.of();
        }
        if (c == ItemSpec.Counting.FRA_DATO) {
            problems.at(f.get("tæller_ikke"), owner, "'tæller_ikke' bruges kun ved optælling sammenlagt");
        }
        for (JsonNode n : Nodes.scalars(f, "tæller_ikke")) {
            if (periods.contains(n.asText())) {
                problems.at(n, owner, "periodetypen '" + n.asText() + "' står både i 'perioder' og i 'tæller_ikke'");
            }
        }
        return Nodes.texts(f, "tæller_ikke");
    }

    private ItemSpec.Move move(JsonNode f, String owner) {
        JsonNode m = f.get("ved_flytning");
        if (m == null || !m.isObject()) {
            return null;
        }
        fieldPath(m, "dato", true, owner);
        Span extension = span(m, "forlængelse", owner);
        String field = Nodes.text(m, "dato");
        return field == null || extension == null ? null : new ItemSpec.Move(field, extension);
    }

    private ItemSpec completeness(JsonNode item, String owner) {
        List<String> elements = Nodes.texts(item, "elementer");
        Set<String> seen = new HashSet<>();
        for (JsonNode e : Nodes.scalars(item, "elementer")) {
            if (!seen.add(e.asText())) {
                problems.at(e, owner, "elementet '" + e.asText() + "' står to gange");
            }
        }
        return new ItemSpec.Completeness(Nodes.text(item, "dokument"), elements, item.path("mindst_tegn").asInt(1));
    }

    private ItemSpec course(JsonNode item, String owner) {
        JsonNode k = item.path("krav");
        if (k.has("slut_senest")) {
            fieldPath(k, "slut_senest", true, owner);
        }
        return new ItemSpec.Course(Nodes.text(item, "forløb"),
                k.path("mindst_antal").isInt() ? k.get("mindst_antal").asInt() : null,
                Nodes.text(k, "slut_senest"), span(k, "mindst_samlet_varighed", owner),
                span(k, "mindst_enkelt_varighed", owner), number(k, "mindst_timer_pr_uge"),
                number(k, "højst_starttimer_pr_uge"), Nodes.texts(k, "alle_med"));
    }

    private ItemSpec frequency(JsonNode h, String owner) {
        fieldPath(h, "start", true, owner);
        fieldPath(h, "slut", true, owner);
        Span every = span(h, "hver", owner);
        if (every != null && every.isZero()) {
            problems.at(h.get("hver"), owner, "'hver' skal være længere end 0 dage, fx \"12 måneder\"");
        }
        return new ItemSpec.Frequency(Nodes.text(h, "hændelse"), h.path("mindst").asInt(1), every,
                Nodes.text(h, "start"), Nodes.text(h, "slut"));
    }

    private ItemSpec dateOrder(JsonNode item, String owner) {
        fieldPath(item, "første", true, owner);
        fieldPath(item, "anden", true, owner);
        return new ItemSpec.DateOrder(Nodes.text(item, "første"), Nodes.text(item, "anden"),
                span(item, "højst_afstand", owner));
    }

    /** The item's {@code betingelse}, or null when it has none or it is broken (then a problem is added). */
    Condition condition(JsonNode item, String owner) {
        JsonNode b = item.get("betingelse");
        return b == null || !b.isObject() ? null : parse(b, owner);
    }

    /** One condition: {@code alle}/{@code en_af} over conditions, or a test of one field. */
    private Condition parse(JsonNode b, String owner) {
        List<String> combiners = COMBINERS.stream().filter(b::has).toList();
        if (!combiners.isEmpty()) {
            if (combiners.size() > 1 || b.has("felt") || OPERATORS.stream().anyMatch(b::has)) {
                problems.at(b, owner, "en betingelse med '" + combiners.get(0) + "' må kun have den ene nøgle; "
                        + "skriv hver test som sin egen betingelse i listen");
                return null;
            }
            String key = combiners.get(0);
            List<Condition> parts = new java.util.ArrayList<>();
            for (JsonNode part : b.path(key)) {
                Condition c = part.isObject() ? parse(part, owner) : null;
                if (c == null) {
                    return null;
                }
                parts.add(c);
            }
            return Condition.combined(key.equals("alle") ? Condition.Op.ALLE : Condition.Op.EN_AF, parts);
        }
        List<String> ops = OPERATORS.stream().filter(b::has).toList();
        if (ops.size() != 1) {
            problems.at(b, owner, "betingelsen skal have præcis én af " + String.join(", ", OPERATORS)
                    + (ops.isEmpty() ? "" : " (den har " + String.join(" og ", ops) + ")")
                    + ", eller være alle/en_af med en liste af betingelser");
            return null;
        }
        String field = Nodes.text(b, "felt");
        if (field == null) {
            problems.at(b, owner, "betingelsen mangler 'felt' (feltet i sagen, der testes)");
            return null;
        }
        fieldPath(b, "felt", false, owner);
        String op = ops.get(0);
        JsonNode v = b.get(op);
        List<String> values = v.isArray() ? Nodes.texts(b, op) : v.isValueNode() ? List.of(number(v)) : List.of();
        if ((op.equals("før") || op.equals("fra")) && v.isTextual()) {
            try {
                LocalDate.parse(v.asText());
            } catch (DateTimeParseException e) {
                problems.at(v, owner, "'" + op + "' skal være en dato skrevet som 2013-01-01");
                return null;
            }
        }
        Condition.Op kind = switch (op) {
            case "er", "i" -> Condition.Op.ER;
            case "er_ikke" -> Condition.Op.ER_IKKE;
            case "under" -> Condition.Op.UNDER;
            case "mindst" -> Condition.Op.MINDST;
            case "før" -> Condition.Op.FOER;
            case "fra" -> Condition.Op.FRA;
            case "findes" -> Condition.Op.FINDES;
            default -> Condition.Op.MANGLER;
        };
        return new Condition(field, kind, kind == Condition.Op.FINDES || kind == Condition.Op.MANGLER ? List.of() : values);
    }

    private static String number(JsonNode v) {
        return v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText();
    }

    private static Double number(JsonNode parent, String key) {
        JsonNode n = parent.get(key);
        return n != null && n.isNumber() ? n.asDouble() : null;
    }

    private void fieldPath(JsonNode parent, String key, boolean needsDate, String owner) {
        String path = Nodes.text(parent, key);
        if (path != null) {
            FieldPaths.problem(path, needsDate).ifPresent(msg -> problems.at(parent.get(key), owner, "'" + key + "': " + msg));
        }
    }

    /** The span at {@code key}, or null when absent or unparsable (then a problem is added). */
    Span span(JsonNode parent, String key, String owner) {
        String text = Nodes.text(parent, key);
        if (text == null) {
            return null;
        }
        try {
            return Span.parse(text);
        } catch (IllegalArgumentException e) {
            problems.at(parent.get(key), owner, "'" + key + "': " + e.getMessage());
            return null;
        }
    }
}
