package dk.praksis.report.pdf;

import com.lowagie.text.Image;
import dk.praksis.report.Share;
import dk.praksis.report.text.DanishFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of shares (0–1) for two series, e.g. a kommune against all kommuner, drawn
 * with JFreeChart as vectors into a PDF template so it stays sharp and its text stays text.
 */
final class BarChart {

    /** One bar group: its label and one share (0–1, or null when nothing was relevant) per series. */
    record Bar(String label, List<Double> values) {
        Bar {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        /** A share as a bar value: null (no bar) when it has no denominator. */
        static Double value(Share share) {
            return share.defined() ? share.value() : null;
        }
    }

    private static final float BAR_HEIGHT = 18;
    /** Room for a two-line category label, whatever the number of bars beside it. */
    private static final float MIN_CATEGORY_HEIGHT = 32;
    /** Legend and axis. */
    private static final float FRAME_HEIGHT = 64;

    private BarChart() {
    }

    /**
     * @param series the series names in drawing order (e.g. the kommune, then "Alle kommuner")
     * @param colors one colour per series
     * @param bars   shares between 0 and 1, drawn as percentages
     */
    static Image image(ReportDocument doc, List<String> series, List<Color> colors, List<Bar> bars, float width,
                       String axisLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            for (int s = 0; s < series.size(); s++) {
                Double v = bar.values().get(s);
                data.addValue(v == null ? null : v * 100, series.get(s), bar.label());
            }
        }
        JFreeChart chart = build(doc.style, data, series, colors, axisLabel);
        float height = FRAME_HEIGHT + bars.size() * Math.max(series.size() * BAR_HEIGHT, MIN_CATEGORY_HEIGHT);
        return ChartImage.of(doc, chart, width, height);
    }

    private static JFreeChart build(HouseStyle style, DefaultCategoryDataset data, List<String> series,
                                    List<Color> colors, String axisLabel) {
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        categories.setMaximumCategoryLabelLines(2);
        // Room right of a 100 % bar for its label; ticks stop at 100.
        NumberAxis percent = ChartImage.percentAxis(axisLabel, 112);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        NumberFormat whole = NumberFormat.getNumberInstance(DanishFormat.DANISH);
        whole.setMaximumFractionDigits(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", whole));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelInsets(new RectangleInsets(0, 3, 0, 3));
        CategoryPlot plot = new CategoryPlot(data, categories, percent, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(HouseStyle.RULE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart chart = new JFreeChart(null, style.fonts.awt(false, 8), plot, true);

        StandardChartTheme theme = new StandardChartTheme("praksis");
        theme.setExtraLargeFont(style.fonts.awt(true, 11));
        theme.setLargeFont(style.fonts.awt(false, 8.5f));
        theme.setRegularFont(style.fonts.awt(false, 8));
        theme.setSmallFont(style.fonts.awt(false, 7.5f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(HouseStyle.RULE);
        theme.apply(chart);
        // the series colours last, once the theme has set up the renderer
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, colors.get(s));
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        chart.setAntiAlias(true);
        return chart;
    }
}
