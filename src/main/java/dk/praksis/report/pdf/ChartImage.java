package dk.praksis.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import dk.praksis.text.DanishFormat;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * What every chart in the PDF shares: a percent axis ticked every 20 in Danish digits, and the
 * drawing of a JFreeChart as vectors into a PDF template, so it stays sharp and its text stays text
 * in the document's embedded fonts.
 */
final class ChartImage {

    private ChartImage() {
    }

    /**
     * Initialises JFreeChart's classes now: its default background colour comes from Swing's look and feel,
     * about a hundred classes set up on first use.
     */
    static void initialise() {
        JFreeChart.DEFAULT_BACKGROUND_PAINT.getTransparency();
    }

    /** A value axis from 0 to {@code upper} with a tick every 20 (the values are percentages). */
    static NumberAxis percentAxis(String label, double upper) {
        NumberAxis percent = new NumberAxis(label);
        percent.setRange(0, upper);
        percent.setTickUnit(new NumberTickUnit(20, NumberFormat.getIntegerInstance(DanishFormat.DANISH)));
        return percent;
    }

    /** The chart drawn at {@code width} × {@code height} points, centred. */
    static Image of(ReportDocument doc, JFreeChart chart, float width, float height) {
        PdfTemplate template = doc.writer().getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, new Mapper(doc.style.fonts));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the chart's AWT fonts to the document's embedded faces, so no other font enters the PDF. */
    private record Mapper(FontFamily fonts) implements FontMapper {
        @Override
        public BaseFont awtToPdf(Font font) {
            return fonts.isBold(font) ? fonts.bold : fonts.regular;
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return fonts.awt(font == fonts.bold, size);
        }
    }
}
