package dk.praksis.report.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistDescription;

/**
 * The checklist (måleskema) with its legal sources, in the words of {@link ChecklistDescription}:
 * a standalone PDF or a report's Bilag.
 */
final class MaaleskemaChapter {

    private MaaleskemaChapter() {
    }

    static void fill(ReportDocument doc, Chapter chapter, Checklist checklist) {
        HouseStyle style = doc.style;
        ChecklistDescription d = ChecklistDescription.of(checklist);
        chapter.add(style.paragraph(d.heading()));
        if (d.description() != null) {
            chapter.add(style.paragraph(d.description()));
        }
        chapter.add(label(style, "Regelgrundlag"));
        chapter.add(bullets(style, d.legalBasis()));
        chapter.add(label(style, "Sagstyper"));
        chapter.add(bullets(style, d.caseTypes()));
        chapter.add(label(style, "Konsekvenser ved ikke opfyldte spørgsmål (alvorligste først)"));
        chapter.add(bullets(style, d.consequences()));
        chapter.add(label(style, "Forrang"));
        chapter.add(style.paragraph(d.precedence()));
        chapter.add(label(style, "Svarskalaer"));
        chapter.add(bullets(style, d.scales()));
        for (ChecklistDescription.SectionText section : d.sections()) {
            com.lowagie.text.Section s = doc.section(chapter, section.title());
            s.add(style.note("Gælder: " + section.appliesTo()));
            s.add(itemTable(style, section));
        }
    }

    private static PdfPTable itemTable(HouseStyle style, ChecklistDescription.SectionText section) {
        PdfPTable table = style.table(new float[] {1.1f, 6.4f, 3.6f, 2.3f}, "Nr.", "Spørgsmål", "Regel", "Ved ikke opfyldt");
        for (ChecklistDescription.ItemText item : section.items()) {
            table.addCell(style.bold(item.id()));
            Phrase question = new Phrase(item.text(), style.cell);
            question.add(new Phrase("\nGælder: " + item.appliesTo() + ".", style.small));
            question.add(new Phrase("\n" + item.rule(), style.smallItalic));
            if (item.reading() != null) {
                question.add(new Phrase("\nVores læsning: " + item.reading(), style.small));
            }
            table.addCell(style.cell(question, Element.ALIGN_LEFT));
            table.addCell(style.text(item.legalSource() == null ? "–" : item.legalSource()));
            table.addCell(style.text(item.consequence() == null ? "–" : item.consequence()));
        }
        return table;
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
