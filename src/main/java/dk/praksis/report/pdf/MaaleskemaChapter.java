package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemDescriber;
import dk.praksis.checklist.Section;

/** The checklist (måleskema) with its legal sources: a standalone PDF or a report's Bilag. */
final class MaaleskemaChapter {

    private MaaleskemaChapter() {
    }

    static void fill(ReportDocument doc, Chapter chapter, Checklist checklist) {
        HouseStyle style = doc.style;
        chapter.add(style.paragraph(checklist.title() + " (måleskema " + checklist.id() + ", version "
                + checklist.version() + ")"));
        if (checklist.description() != null && !checklist.description().isBlank()) {
            chapter.add(style.paragraph(checklist.description()));
        }
        chapter.add(label(style, "Regelgrundlag"));
        chapter.add(bullets(style, checklist.legalBasis()));
        chapter.add(label(style, "Sagstyper"));
        chapter.add(bullets(style, checklist.caseTypes().values().stream().toList()));
        chapter.add(label(style, "Konsekvenser ved ikke opfyldte spørgsmål (alvorligste først)"));
        chapter.add(bullets(style, checklist.consequences().stream()
                .map(c -> c.titel() + (c.reversal() ? " – tæller med i omgørelsesprocenten" : "")).toList()));
        chapter.add(label(style, "Svarskalaer"));
        checklist.scales().values().stream().sorted(java.util.Comparator.comparing(AnswerScale::id))
                .forEach(scale -> chapter.add(style.note(scale.id() + ": " + ItemDescriber.scale(scale))));
        for (Section section : checklist.sections()) {
            com.lowagie.text.Section s = doc.section(chapter, section.title());
            s.add(style.note("Gælder: " + caseTypes(checklist, section.caseTypes())));
            s.add(itemTable(style, checklist, section));
        }
    }

    private static PdfPTable itemTable(HouseStyle style, Checklist checklist, Section section) {
        PdfPTable table = style.table(new float[] {1.1f, 7f, 3f, 2.4f}, "Nr.", "Spørgsmål", "Regel", "Ved ikke opfyldt");
        for (Item item : section.items()) {
            table.addCell(style.bold(item.id()));
            Phrase question = new Phrase(item.text(), style.cell);
            question.add(new Phrase("\n" + how(checklist, item), style.smallItalic));
            if (item.note() != null && !item.note().isBlank()) {
                question.add(new Phrase("\nVores læsning: " + item.note(), style.small));
            }
            table.addCell(style.cell(question, com.lowagie.text.Element.ALIGN_LEFT));
            table.addCell(style.text(item.rule() == null ? "–" : item.rule()));
            table.addCell(style.text(item.consequence() == null ? "–" : checklist.verdictLabel(item.consequence())));
        }
        return table;
    }

    /** How the item is answered, in plain Danish. */
    private static String how(Checklist checklist, Item item) {
        return ItemDescriber.rule(item, checklist) + ".";
    }

    private static String caseTypes(Checklist checklist, java.util.List<String> ids) {
        if (ids.isEmpty()) {
            return "alle sagstyper";
        }
        return String.join(", ", ids.stream().map(id -> checklist.caseTypes().getOrDefault(id, id)).toList());
    }

    private static Paragraph label(HouseStyle style, String text) {
        Paragraph p = new Heading(text, style.bodyBold, 2);
        p.setSpacingBefore(6);
        return p;
    }

    private static List bullets(HouseStyle style, java.util.List<String> lines) {
        List list = new List(List.UNORDERED, 12);
        list.setListSymbol(new com.lowagie.text.Chunk("•", style.body));
        for (String line : lines) {
            list.add(new ListItem(line, style.body));
        }
        return list;
    }
}
