package dk.praksis.checklist;

import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishList;
import dk.praksis.text.DanishNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in plain Danish what an item checks, from its parameters and the checklist's own words for
 * the names it uses ({@link Labels}): shown by {@code checklist show}, in the reports' Måleskema
 * appendix and in the workbook, so a reader can see the reading of the law a result rests on.
 * Never shows a field path.
 */
public final class ItemDescriber {

    private ItemDescriber() {
    }

    /**
     * E.g. "Frist: sammenlagt 12 måneder med ledighedsydelse inden for 18 måneder; opfyldes af en
     * revurdering; ...; vurderes frem til afgørelsen". The horizon is stated for deadlines and for
     * any item whose checklist sets one.
     */
    public static String rule(Item item, Checklist checklist) {
        Labels words = checklist.labels();
        String rule = item.spec().accept(new ItemSpec.Visitor<String>() {
            public String assessment(ItemSpec.Assessment a) {
                AnswerScale scale = checklist.scales().get(a.scale());
                return "Bedømmerens vurdering" + (scale == null ? "" : ": " + answers(scale, checklist));
            }

            public String deadline(ItemSpec.Deadline d) {
                return ItemDescriber.deadline(d, words);
            }

            public String completeness(ItemSpec.Completeness c) {
                String document = words.words().containsKey(c.document()) ? words.name(c.document())
                        : "dokumentet " + words.name(c.document());
                List<String> elements = c.elements().stream().map(words::name).toList();
                return "Fuldstændighed: " + document + " skal indeholde "
                        + (elements.size() == 1 ? "elementet " + elements.get(0)
                        : "alle " + elements.size() + " elementer: " + DanishList.and(elements))
                        + (c.minChars() > 1 ? "; hvert med mindst " + c.minChars() + " tegn" : "; hvert udfyldt");
            }

            public String course(ItemSpec.Course c) {
                return ItemDescriber.course(c, words);
            }

            public String frequency(ItemSpec.Frequency f) {
                return "Hyppighed: mindst " + f.min() + " " + words.name(f.event()) + " i hver periode på "
                        + f.every() + " regnet fra " + words.field(f.startField())
                        + (f.endField() == null ? "" : " til " + words.field(f.endField()))
                        + "; kun hele perioder vurderes";
            }

            public String dateOrder(ItemSpec.DateOrder o) {
                return "Datorækkefølge: " + words.field(o.first()) + " skal ligge før " + words.field(o.second())
                        + (o.maxGap() == null ? "" : ", dog højst " + o.maxGap() + " før");
            }
        });
        boolean stated = item.type() == ItemType.FRIST || item.horizon() != Horizon.defaultFor(item.type());
        return stated ? rule + "; " + horizon(item) : rule;
    }

    /** Who answers the item, in words: the reviewer, or the program from the case's facts. */
    public static String kind(ItemType type) {
        return switch (type) {
            case VURDERING -> "Bedømmerens vurdering";
            case FRIST -> "Frist (beregnes)";
            case FULDSTAENDIGHED -> "Fuldstændighed (beregnes)";
            case FORLOEB -> "Forløb (beregnes)";
            case DATO_FOER -> "Datorækkefølge (beregnes)";
            case HYPPIGHED -> "Hyppighed (beregnes)";
        };
    }

    /**
     * Which cases the item applies to, e.g. "Bevilling af fleksjob, når det ikke er oplyst, at
     * afgørelsen giver borgeren fuldt medhold; kun afgørelser truffet fra 01.07.2010".
     */
    public static String applicability(Item item, Checklist checklist) {
        List<String> types = item.caseTypes().stream().map(t -> checklist.caseTypes().getOrDefault(t, t)).toList();
        String text = types.isEmpty() ? "Alle sagstyper" : DanishList.and(types);
        if (item.condition() != null) {
            text += ", når " + condition(item.condition(), checklist.labels());
        }
        return item.isVersioned() ? text + "; kun afgørelser truffet " + validity(item) : text;
    }

    /**
     * A condition as a Danish clause after "når": a yes/no field compared with ja reads as the
     * checklist's statement ("det er oplyst, at afgørelsen giver borgeren fuldt medhold"); dates in
     * words; combinations joined with "og" / "eller", nested ones in parentheses.
     */
    public static String condition(Condition cond, Labels words) {
        if (cond.isCombined()) {
            String joint = cond.op() == Condition.Op.ALLE ? " og " : " eller ";
            return String.join(joint, cond.parts().stream()
                    .map(p -> p.isCombined() ? "(" + condition(p, words) + ")" : condition(p, words)).toList());
        }
        String f = words.field(cond.field());
        List<String> vals = cond.values();
        boolean yes = vals.size() == 1 && vals.get(0).equalsIgnoreCase("ja");
        return switch (cond.op()) {
            case FINDES -> f + " er oplyst";
            case MANGLER -> f + " ikke er oplyst";
            case ER -> yes ? "det er oplyst, at " + f : f + " er " + DanishList.or(vals);
            case ER_IKKE -> yes ? "det ikke er oplyst, at " + f : f + " ikke er " + DanishList.or(vals);
            case UNDER -> f + " er under " + vals.get(0);
            case MINDST -> f + " er mindst " + vals.get(0);
            case FOER -> f + " ligger før " + DanishDate.prose(LocalDate.parse(vals.get(0)));
            case FRA -> f + " er " + DanishDate.prose(LocalDate.parse(vals.get(0))) + " eller senere";
            default -> throw new IllegalStateException(cond.op().name());
        };
    }

    /** "fra 01.07.2010", "til og med 30.06.2010" or both. */
    public static String validity(Item item) {
        String from = item.validFrom() == null ? "" : "fra " + DanishDate.numeric(item.validFrom());
        String to = item.validTo() == null ? "" : "til og med " + DanishDate.numeric(item.validTo());
        return from.isEmpty() || to.isEmpty() ? from + to : from + " " + to;
    }

    /** E.g. "vurderes frem til afgørelsen (senere hændelser tæller ikke)". */
    public static String horizon(Item item) {
        return "vurderes frem til " + item.horizon().words() + (item.horizon() == Horizon.OPGOERELSESDATO ? ""
                : " (senere hændelser og perioder tæller ikke)");
    }

    /**
     * A scale's answers in a sentence, e.g. "svaret »ja« er opfyldt, svarene »nej« og »delvis« er
     * ikke opfyldt, og svaret »ikke relevant« gør spørgsmålet ikke relevant", or how counted values
     * are tallied; answers with their own consequence say which.
     */
    public static String answers(AnswerScale s, Checklist checklist) {
        if (s.counted()) {
            return "svarene " + quoted(s.values(), false) + " tælles op og giver hverken opfyldt eller ikke opfyldt";
        }
        List<String> parts = new ArrayList<>();
        parts.add(answerWord(s.met()) + " " + quoted(s.met(), false) + " er opfyldt");
        parts.add(answerWord(s.notMet()) + " " + quoted(s.notMet(), false) + " er ikke opfyldt");
        if (!s.notRelevant().isEmpty()) {
            parts.add(answerWord(s.notRelevant()) + " " + quoted(s.notRelevant(), true)
                    + " gør spørgsmålet ikke relevant");
        }
        s.consequences().forEach((answer, k) -> parts.add("svaret »" + answer + "« giver altid »"
                + checklist.verdictLabel(k) + "«"));
        return DanishList.and(parts);
    }

    private static String answerWord(List<String> values) {
        return values.size() == 1 ? "svaret" : "svarene";
    }

    private static String quoted(List<String> values, boolean or) {
        List<String> q = values.stream().map(v -> "»" + v + "«").toList();
        return or ? DanishList.or(q) : DanishList.and(q);
    }

    private static String deadline(ItemSpec.Deadline d, Labels words) {
        List<String> parts = new ArrayList<>();
        String periods = DanishList.or(d.periodTypes().stream().map(words::name).toList());
        String what = d.counting() == ItemSpec.Counting.FRA_DATO ? d.length() + " fra " + words.field(d.startField())
                : "sammenlagt " + d.length() + " med " + periods
                + (d.window() == null ? "" : " inden for " + d.window());
        if (d.twoMoments()) {
            parts.add("Frist i to trin: pligten opstår efter " + what);
            parts.add(d.counting() == ItemSpec.Counting.FRA_DATO
                    ? "skal være afsluttet senest " + d.completion() + " fra " + words.field(d.startField())
                    : "skal være afsluttet senest, når " + periods
                    + " sammenlagt har varet " + d.completion() + " fra cyklussens første tællende dag");
        } else {
            parts.add("Frist: " + what);
        }
        if (!d.nonCounting().isEmpty()) {
            parts.add("dage med " + DanishList.or(d.nonCounting().stream().map(words::name).toList())
                    + " tæller aldrig med");
        }
        if (d.move() != null) {
            parts.add("ved flytning (" + words.field(d.move().dateField()) + ") forlænges fristen til "
                    + d.move().extension() + " efter flytningen, hvis den ellers falder før");
        }
        parts.add("opfyldes af " + event(d.event(), words));
        if (d.restarts()) {
            parts.add("optællingen begynder forfra efter hver");
        }
        if (d.toleranceDays() > 0) {
            parts.add("med en tolerance på " + new Span(0, 0, 0, d.toleranceDays()));
        }
        if (d.monthCounting() == ItemSpec.MonthCounting.DAGE_30) {
            parts.add("en måned regnes som 30 dage og et år som 365 dage");
        }
        return String.join("; ", parts);
    }

    private static String course(ItemSpec.Course c, Labels words) {
        List<String> req = new ArrayList<>();
        if (c.minCount() != null) {
            req.add("mindst " + c.minCount() + " forløb");
        }
        if (c.endBy() != null) {
            req.add("kun forløb afsluttet senest på " + words.field(c.endBy()) + " tæller");
        }
        if (c.minTotalDuration() != null) {
            req.add("samlet varighed mindst " + c.minTotalDuration());
        }
        if (c.minSingleDuration() != null) {
            req.add("hvert forløb varer mindst " + c.minSingleDuration());
        }
        if (c.minHoursPerWeek() != null) {
            req.add("mindst " + DanishNumber.of(c.minHoursPerWeek()) + " timer pr. uge");
        }
        if (c.maxStartHoursPerWeek() != null) {
            req.add("forløbene begynder med højst " + DanishNumber.of(c.maxStartHoursPerWeek()) + " timer pr. uge");
        }
        if (!c.flagsAll().isEmpty()) {
            req.add("på hvert forløb er " + DanishList.and(c.flagsAll().stream().map(f -> "»" + words.name(f) + "«")
                    .toList()) + " sat til ja");
        }
        return "Forløb (" + words.name(c.course()) + "): " + String.join("; ", req);
    }

    /** "en revurdering" for the usual -inger plural, else "en af sagens samtaler". */
    private static String event(String name, Labels words) {
        if (name != null && name.endsWith("inger") && !words.words().containsKey(name)) {
            return "en " + name.substring(0, name.length() - 2);
        }
        return "en af sagens " + words.name(name);
    }
}
