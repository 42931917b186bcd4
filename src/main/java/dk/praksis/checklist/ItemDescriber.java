package dk.praksis.checklist;

import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in plain Danish what an item checks, from its parameters: shown by
 * {@code checklist show} and in the reports' Måleskema appendix, so a reader can see the
 * reading of the law a result rests on.
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
        String rule = item.spec().accept(new ItemSpec.Visitor<String>() {
            public String assessment(ItemSpec.Assessment a) {
                AnswerScale scale = checklist.scales().get(a.scale());
                return "Bedømmerens vurdering på skalaen " + a.scale() + (scale != null && scale.counted()
                        ? " (tællende: svarene tælles op og giver hverken opfyldt eller ikke opfyldt)" : "");
            }

            public String deadline(ItemSpec.Deadline d) {
                return ItemDescriber.deadline(d);
            }

            public String completeness(ItemSpec.Completeness c) {
                return "Fuldstændighed: dokumentet " + c.document() + " skal indeholde "
                        + (c.elements().size() == 1 ? "elementet " : "alle " + c.elements().size() + " elementer: ")
                        + String.join(", ", c.elements()) + (c.minChars() > 1 ? "; hvert med mindst " + c.minChars()
                        + " tegn" : "; hvert udfyldt");
            }

            public String course(ItemSpec.Course c) {
                return ItemDescriber.course(c);
            }

            public String frequency(ItemSpec.Frequency f) {
                return "Hyppighed: mindst " + f.min() + " datoer under " + f.event() + " i hver periode på "
                        + f.every() + " fra " + f.startField() + (f.endField() == null ? "" : " til " + f.endField())
                        + "; kun hele perioder vurderes";
            }

            public String dateOrder(ItemSpec.DateOrder o) {
                return "Datorækkefølge: " + o.first() + " skal ligge før " + o.second()
                        + (o.maxGap() == null ? "" : ", dog højst " + o.maxGap() + " før");
            }
        });
        boolean stated = item.type() == ItemType.FRIST || item.horizon() != Horizon.defaultFor(item.type());
        String judged = stated ? rule + "; " + horizon(item) : rule;
        return item.isVersioned() ? judged + "; gælder for afgørelser truffet " + validity(item) : judged;
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

    /** E.g. "opfyldt: ja · ikke opfyldt: nej, delvis · ikke relevant: ikke relevant", or the counted values. */
    public static String scale(AnswerScale s) {
        if (s.counted()) {
            return "tællende: " + String.join(", ", s.values());
        }
        List<String> parts = new ArrayList<>();
        parts.add("opfyldt: " + String.join(", ", s.met()));
        parts.add("ikke opfyldt: " + String.join(", ", s.notMet()));
        if (!s.notRelevant().isEmpty()) {
            parts.add("ikke relevant: " + String.join(", ", s.notRelevant()));
        }
        s.consequences().forEach((answer, k) -> parts.add("svaret " + answer + " giver " + k));
        return String.join(" · ", parts);
    }

    private static String deadline(ItemSpec.Deadline d) {
        List<String> parts = new ArrayList<>();
        String what = d.counting() == ItemSpec.Counting.FRA_DATO ? d.length() + " fra " + d.startField()
                : "sammenlagt " + d.length() + " med " + String.join(" eller ", d.periodTypes())
                + (d.window() == null ? "" : " inden for " + d.window());
        if (d.twoMoments()) {
            parts.add("Frist i to trin: pligten opstår efter " + what);
            parts.add(d.counting() == ItemSpec.Counting.FRA_DATO
                    ? "skal være afsluttet senest " + d.completion() + " fra " + d.startField()
                    : "skal være afsluttet senest, når " + String.join(" eller ", d.periodTypes())
                    + " sammenlagt har varet " + d.completion() + " fra cyklussens første tællende dag");
        } else {
            parts.add("Frist: " + what);
        }
        if (!d.nonCounting().isEmpty()) {
            parts.add("dage med " + String.join(" eller ", d.nonCounting()) + " tæller aldrig med");
        }
        if (d.move() != null) {
            parts.add("ved flytning (" + d.move().dateField() + ") forlænges fristen til " + d.move().extension()
                    + " efter flytningen, hvis den ellers falder før");
        }
        parts.add("opfyldes af " + event(d.event()));
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

    private static String course(ItemSpec.Course c) {
        List<String> req = new ArrayList<>();
        if (c.minCount() != null) {
            req.add("mindst " + c.minCount() + " forløb");
        }
        if (c.endBy() != null) {
            req.add("kun forløb afsluttet senest " + c.endBy() + " tæller");
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
            req.add("på hvert forløb er " + String.join(" og ", c.flagsAll()) + " opfyldt");
        }
        return "Forløb (" + c.course() + "): " + String.join("; ", req);
    }

    /** "en revurdering" for the usual -inger plural, else the event list by name. */
    private static String event(String name) {
        if (name != null && name.endsWith("inger")) {
            return "en " + name.substring(0, name.length() - 2);
        }
        return "en dato under hændelsen " + name;
    }
}
