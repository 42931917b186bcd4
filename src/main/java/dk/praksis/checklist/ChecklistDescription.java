package dk.praksis.checklist;

import dk.praksis.text.DanishList;
import java.util.List;

/**
 * A checklist as a reader sees it, in plain Danish: the one source of {@code checklist show}, the
 * reports' Måleskema appendix and the workbook's Måleskema sheet, so the three never say different
 * things.
 *
 * @param heading     title, id and version
 * @param caseTypes   each case type's words
 * @param scales      each answer scale as a sentence
 * @param consequences each consequence, worst first, saying whether it counts as omgørelse
 * @param precedence  the {@code forrang} in a sentence: which consequence decides the derived verdict
 */
public record ChecklistDescription(String heading, String description, List<String> legalBasis,
                                   List<String> caseTypes, List<String> scales, List<String> consequences,
                                   String precedence, List<SectionText> sections) {

    public ChecklistDescription {
        legalBasis = List.copyOf(legalBasis);
        caseTypes = List.copyOf(caseTypes);
        scales = List.copyOf(scales);
        consequences = List.copyOf(consequences);
        sections = List.copyOf(sections);
    }

    /** One theme: which cases it concerns and its questions. */
    public record SectionText(String id, String title, String appliesTo, List<ItemText> items) {
        public SectionText {
            items = List.copyOf(items);
        }
    }

    /**
     * One question in words.
     *
     * @param kind        who answers: the reviewer, or computed from the case
     * @param appliesTo   case types, condition and validity
     * @param rule        how it is judged: parameters, horizon
     * @param consequence the consequence's title when not met, or null
     * @param legalSource {@code regel}, or null
     * @param reading     {@code læsning}, or null
     */
    public record ItemText(String id, String text, String kind, String appliesTo, String rule, String consequence,
                           String legalSource, String reading) {
    }

    public static ChecklistDescription of(Checklist c) {
        String heading = c.title() + " (måleskema " + c.id() + ", version " + c.version() + ")";
        List<String> scales = c.scales().values().stream()
                .map(s -> s.id() + ": " + Labels.capitalised(ItemDescriber.answers(s, c)) + ".").toList();
        List<String> consequences = c.consequences().stream()
                .map(k -> k.titel() + (k.reversal() ? " (tæller med i omgørelsesprocenten)" : "")).toList();
        List<SectionText> sections = c.sections().stream().map(s -> new SectionText(s.id(), s.title(),
                s.caseTypes().isEmpty() ? "Alle sagstyper"
                        : DanishList.and(s.caseTypes().stream().map(t -> c.caseTypes().getOrDefault(t, t)).toList()),
                s.items().stream().map(i -> item(i, c)).toList())).toList();
        return new ChecklistDescription(heading, blankToNull(c.description()), c.legalBasis(),
                List.copyOf(c.caseTypes().values()), scales, consequences, precedence(c), sections);
    }

    private static ItemText item(Item i, Checklist c) {
        return new ItemText(i.id(), i.text(), ItemDescriber.kind(i.type()), ItemDescriber.applicability(i, c),
                ItemDescriber.rule(i, c) + ".", i.consequence() == null ? null : c.verdictLabel(i.consequence()),
                blankToNull(i.rule()), blankToNull(i.note()));
    }

    /**
     * E.g. "Har en sag flere ikke opfyldte spørgsmål med forskellige konsekvenser, bestemmer den
     * første af disse sagens afledte samlede vurdering: »Ville blive hjemvist«, derefter ...".
     */
    static String precedence(Checklist c) {
        List<String> titles = c.precedence().stream().map(id -> "»" + c.verdictLabel(id) + "«").toList();
        if (titles.size() == 1) {
            return "Et ikke opfyldt spørgsmål med en konsekvens giver sagen den afledte samlede vurdering "
                    + titles.get(0) + ".";
        }
        return "Har en sag flere ikke opfyldte spørgsmål med forskellige konsekvenser, bestemmer den første i denne "
                + "rækkefølge sagens afledte samlede vurdering: " + String.join(", derefter ", titles) + "."
                + (c.hasOwnPrecedence() ? " Rækkefølgen er måleskemaets egen (forrang) og afviger fra konsekvensernes "
                + "alvor." : " Rækkefølgen er konsekvensernes alvor.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
