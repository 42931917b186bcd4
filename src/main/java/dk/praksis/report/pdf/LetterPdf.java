package dk.praksis.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/** A letter (such as an indkaldelsesbrev) as PDF, in the house style. */
public final class LetterPdf {

    private LetterPdf() {
    }

    public static byte[] bytes(Letter letter) {
        return bytes(letter, "indkaldelse, praksisundersøgelse");
    }

    /** As {@link #bytes(Letter)}, with the keywords the PDF's metadata carries (e.g. "høring, praksisundersøgelse"). */
    public static byte[] bytes(Letter letter, String keywords) {
        DocumentInfo info = new DocumentInfo(letter.title(), letter.sender(), "Brev til " + letter.recipient(),
                keywords, letter.metaDate());
        return PdfOutput.bytes(info, letter.recipient(), doc -> content(doc, letter));
    }

    private static void content(ReportDocument doc, Letter letter) {
        HouseStyle style = doc.style;
        if (letter.sender() != null && !letter.sender().isBlank()) {
            doc.add(style.note(letter.sender()));
        }
        Paragraph to = new Paragraph("Til " + letter.recipient(), style.bodyBold);
        to.setSpacingBefore(18);
        doc.add(to);
        if (letter.date() != null) {
            Paragraph date = new Paragraph(Fmt.date(letter.date()), style.body);
            date.setAlignment(Element.ALIGN_RIGHT);
            doc.add(date);
        }
        com.lowagie.text.Chapter chapter = doc.chapter(letter.title(), false);
        for (Letter.Block block : letter.body()) {
            if (block instanceof Letter.Heading h) {
                Paragraph p = new Heading(h.text(), style.h2, 2); // tagged H2 under the title (H1)
                p.setSpacingBefore(10);
                p.setSpacingAfter(4);
                chapter.add(p);
            } else if (block instanceof Letter.Text t) {
                chapter.add(style.paragraph(t.text()));
            } else if (block instanceof Letter.Items items) {
                List list = new List(List.UNORDERED, 12);
                list.setListSymbol("•");
                items.items().forEach(i -> list.add(new ListItem(style.paragraph(i))));
                chapter.add(list);
            } else if (block instanceof Letter.Table t) {
                chapter.add(table(style, t));
            }
        }
        doc.add(chapter);
    }

    private static PdfPTable table(HouseStyle style, Letter.Table t) {
        float[] widths = new float[t.headers().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.widths().get(i);
        }
        PdfPTable table = style.table(widths, t.textColumns(), t.headers().toArray(String[]::new));
        for (java.util.List<String> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                table.addCell(i < t.textColumns() ? style.text(row.get(i)) : style.number(row.get(i)));
            }
        }
        return table;
    }
}
