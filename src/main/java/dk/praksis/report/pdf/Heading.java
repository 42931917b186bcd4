package dk.praksis.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

/**
 * A paragraph that is a heading outside the chapter and section titles (e.g. a document's title on
 * its front page), tagged H1–H3 by {@link ReportDocument}. Chapter and section titles need no such
 * marking: their level follows from their nesting.
 */
final class Heading extends Paragraph {

    private static final long serialVersionUID = 1L;

    final int level;

    Heading(String text, Font font, int level) {
        super(text, font);
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level " + level);
        }
        this.level = level;
    }
}
