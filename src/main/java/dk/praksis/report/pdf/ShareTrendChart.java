package dk.praksis.report.pdf;

import com.lowagie.text.Image;
import dk.praksis.compare.ChangeFormat;
import dk.praksis.compare.MeasureSeries;
import dk.praksis.compare.YearShare;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Shares per audit year with their confidence intervals as error bars, one line per measure, drawn
 * with JFreeChart as vectors into the PDF (same fonts as the text).
 */
final class ShareTrendChart {

    /** Beyond the two series colours, series differ by line dash as well as by marker shape. */
    private static final float[][] DASHES = {null, {4f, 3f}};
    /** Horizontal offset between series in years, so error bars of one year do not overlap. */
    private static final double SPREAD = 0.06;

    private ShareTrendChart() {
    }

    /**
     * @param measures the series to draw, each with its Danish legend label
     * @param years    the year labels in time order; each gets one evenly spaced tick
     */
    static Image image(ReportDocument doc, List<MeasureSeries> measures, List<String> legend,
                       List<String> years, float width, float height) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int s = 0; s < measures.size(); s++) {
            YIntervalSeries series = new YIntervalSeries(legend.get(s), false, true);
            double offset = (s - (measures.size() - 1) / 2.0) * SPREAD;
            for (YearShare share : measures.get(s).shares()) {
                if (share.share() != null) {
                    series.add(years.indexOf(share.year()) + offset, share.share() * 100, share.lower() * 100,
                            share.upper() * 100);
                }
            }
            data.addSeries(series);
        }
        JFreeChart chart = build(doc.style, data, measures.size(), years);
        Image image = ChartImage.of(doc, chart, width, height);
        image.setAlt(alt(measures, legend));
        return image;
    }

    /** "Linjediagram: … I overensstemmelse: 2010 43,8 % (33,9–54,3), 2011 …; Omgørelsesprocent: …." */
    static String alt(List<MeasureSeries> measures, List<String> legend) {
        List<String> parts = new java.util.ArrayList<>();
        for (int s = 0; s < measures.size(); s++) {
            List<String> years = new java.util.ArrayList<>();
            for (YearShare share : measures.get(s).shares()) {
                years.add(share.year() + " " + (share.share() == null ? "ingen sager"
                        : ChangeFormat.shareWithInterval(share)));
            }
            parts.add(legend.get(s) + ": " + String.join(", ", years));
        }
        return Fmt.keep("Linjediagram: andel pr. år i procent med 95 %-konfidensinterval i parentes. "
                + String.join("; ", parts) + ".");
    }

    private static JFreeChart build(HouseStyle style, YIntervalSeriesCollection data, int seriesCount,
                                    List<String> labels) {
        SymbolAxis years = new SymbolAxis("År", labels.toArray(String[]::new));
        years.setRange(-0.5, labels.size() - 0.5);
        years.setGridBandsVisible(false);
        NumberAxis percent = ChartImage.percentAxis("Andel i procent (95 %-konfidensinterval)", 100);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setErrorStroke(new BasicStroke(1.0f));
        renderer.setCapLength(5);
        renderer.setErrorPaint(null); // each series' error bars in its own colour
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < seriesCount; s++) {
            renderer.setSeriesPaint(s, HouseStyle.SERIES.get(s % HouseStyle.SERIES.size()));
            float[] dash = DASHES[(s / HouseStyle.SERIES.size() + s) % DASHES.length];
            renderer.setSeriesStroke(s, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            renderer.setSeriesLinesVisible(s, true);
        }
        XYPlot plot = new XYPlot(data, years, percent, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(HouseStyle.RULE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        years.setLabelFont(style.fonts.awt(false, 8));
        years.setTickLabelFont(style.fonts.awt(false, 8));
        percent.setLabelFont(style.fonts.awt(false, 8));
        percent.setTickLabelFont(style.fonts.awt(false, 8));
        JFreeChart chart = new JFreeChart(null, style.fonts.awt(false, 8), plot, seriesCount > 1);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(style.fonts.awt(false, 8));
        }
        chart.setAntiAlias(true);
        return chart;
    }
}
