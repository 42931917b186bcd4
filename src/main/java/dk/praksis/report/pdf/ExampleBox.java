package dk.praksis.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dk.praksis.report.CaseRow;
import dk.praksis.report.Edition;
import dk.praksis.report.FailedItem;
import dk.praksis.report.text.Redaction;
import dk.praksis.scoring.Outcome;

/**
 * A cited case as an *Eksempel* box: the kind of case, the verdict, how many of its relevant questions it met,
 * and each question it did not meet with the reason. What identifies the case follows the edition: the
 * internal report names the case and its kommune and shows the reviewer's remark; a kommune's attachment
 * does so only for the kommune's own cases; the public report never does, and drops the dates.
 */
final class ExampleBox {

    private final HouseStyle style;
    private final UnitView view;

    ExampleBox(HouseStyle style, UnitView view) {
        this.style = style;
        this.view = view;
    }

    /** The box for a case the text cites (the report builder has checked that it exists). */
    PdfPTable box(String caseId) {
        CaseRow c = view.report().caseRow(caseId).orElseThrow(() -> new IllegalStateException("ukendt sag " + caseId));
        boolean identified = identifies(c);
        Phrase content = new Phrase("Eksempel", style.h2);
        String about = identified ? "Sag " + c.id() + ", " + c.kommuneNavn() + " Kommune – " + c.caseTypeLabel()
                : c.caseTypeLabel() + (view.edition() == Edition.KOMMUNE ? " (en sag fra en anden kommune)" : "");
        content.add(new Phrase("\n" + about, style.smallItalic));
        content.add(new Phrase("\nVurdering: ", style.bodyBold));
        content.add(new Phrase(c.verdictLabel(), style.body));
        if (c.disagreement()) {
            content.add(new Phrase("\n" + Disagreement.explain(view.report().checklist(), c), style.body));
        }
        long relevant = c.items().stream()
                .filter(i -> i.outcome() == Outcome.OPFYLDT || i.outcome() == Outcome.IKKE_OPFYLDT).count();
        long met = c.items().stream().filter(i -> i.outcome() == Outcome.OPFYLDT).count();
        content.add(new Phrase("\nSagen opfyldte " + met + " af " + relevant + " relevante spørgsmål.", style.body));
        for (FailedItem f : c.failed()) {
            content.add(new Phrase("\n" + f.itemId() + " " + f.itemText(), style.bodyBold));
            String reason = identified ? f.reason() : Redaction.dates(f.reason());
            if (reason != null && !reason.isBlank()) {
                content.add(new Phrase("\n" + Fmt.keep(reason), style.body));
            }
        }
        if (identified && c.remark() != null && !c.remark().isBlank()) {
            content.add(new Phrase("\nBedømmerens bemærkning: ", style.bodyBold));
            content.add(new Phrase(c.remark(), style.body));
        }
        PdfPCell cell = new PdfPCell(content);
        cell.setBackgroundColor(HouseStyle.PALE);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(HouseStyle.NAVY);
        cell.setBorderWidthLeft(3);
        cell.setPadding(8);
        cell.setLeading(0, 1.35f);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setKeepTogether(true);
        table.addCell(cell);
        return table;
    }

    private boolean identifies(CaseRow c) {
        return switch (view.edition()) {
            case INTERNAL -> true;
            case PUBLIC -> false;
            case KOMMUNE -> c.kommuneKode().equals(view.unit().kommune().kode());
        };
    }
}
