package dk.praksis.report.pdf;

import com.lowagie.text.Image;
import dk.praksis.stats.Share;
import dk.praksis.text.DanishFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of shares for one or two series, e.g. a kommune against all kommuner: each
 * bar with its confidence interval as an error bar, so a difference inside the uncertainty does not
 * look like one. Drawn with JFreeChart as vectors into the PDF; its alternative text states every
 * number it shows.
 */
final class BarChart {

    /**
     * One bar group: its label and one share per series (no bar when the share has no denominator). A null share
     * is one the report may not show (the public report's small counts, {@link dk.praksis.report.SmallCells}):
     * no bar, and the alternative text says it is not shown.
     */
    record Bar(String label, List<Share> shares) {
        Bar {
            shares = java.util.Collections.unmodifiableList(new ArrayList<>(shares));
        }
    }

    /** A share the report may not show, as the alternative text says it. */
    static final String HIDDEN = "vises ikke (1 eller 2 sager)";

    private static final float BAR_HEIGHT = 18;
    /** Room for a two-line category label, whatever the number of bars beside it. */
    private static final float MIN_CATEGORY_HEIGHT = 32;
    /** Axis, and the legend when there is one. */
    private static final float FRAME_HEIGHT = 64;

    private BarChart() {
    }

    /**
     * @param what   what the chart shows, first in its alternative text (e.g. "Andel opfyldt pr. spørgsmål")
     * @param series the series names in drawing order (e.g. the kommune, then "Alle kommuner")
     * @param bars   the shares, drawn as percentages with their intervals
     */
    static Image image(ReportDocument doc, String what, List<String> series, List<Bar> bars, float width,
                       String axisLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            for (int s = 0; s < series.size(); s++) {
                Share share = bar.shares().get(s);
                data.addValue(share != null && share.defined() ? share.value() * 100 : null, series.get(s), bar.label());
            }
        }
        JFreeChart chart = build(doc.style, data, bars, series.size(), axisLabel);
        float height = (series.size() > 1 ? FRAME_HEIGHT : FRAME_HEIGHT - 16)
                + bars.size() * Math.max(series.size() * BAR_HEIGHT, MIN_CATEGORY_HEIGHT);
        Image image = ChartImage.of(doc, chart, width, height);
        image.setAlt(alt(what, series, bars));
        return image;
    }

    /** "Søjlediagram: what, i procent med 95 %-konfidensinterval. A1: Vejen 60 % (23–88 %), alle 80 % (…)." */
    static String alt(String what, List<String> series, List<Bar> bars) {
        List<String> parts = new ArrayList<>();
        for (Bar bar : bars) {
            List<String> values = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Share share = bar.shares().get(s);
                String value = share == null ? HIDDEN : share.defined()
                        ? DanishFormat.percent(share) + " (" + DanishFormat.interval(share.interval()) + ")"
                        : "ingen sager";
                values.add(series.size() > 1 ? series.get(s) + " " + value : value);
            }
            parts.add(bar.label() + ": " + String.join(", ", values));
        }
        return Fmt.keep("Søjlediagram: " + what + " i procent med konfidensinterval. " + String.join("; ", parts)
                + ".");
    }

    private static JFreeChart build(HouseStyle style, DefaultCategoryDataset data, List<Bar> bars, int seriesCount,
                                    String axisLabel) {
        CategoryAxis categories = new CategoryAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.3f);
        categories.setMaximumCategoryLabelLines(3);
        // Room right of a 100 % bar for its label; ticks stop at 100.
        NumberAxis percent = ChartImage.percentAxis(axisLabel, 112);
        IntervalBarRenderer renderer = new IntervalBarRenderer(bars);
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
        JFreeChart chart = new JFreeChart(null, style.fonts.awt(false, 8), plot, seriesCount > 1);

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
        for (int s = 0; s < seriesCount; s++) {
            renderer.setSeriesPaint(s, HouseStyle.SERIES.get(s % HouseStyle.SERIES.size()));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(BlockBorder.NONE);
        }
        chart.setAntiAlias(true);
        return chart;
    }

    /**
     * Bars with their confidence intervals as error bars (a line with end caps across the bar's end),
     * and the value label right of whichever reaches further, the bar or its interval.
     */
    private static final class IntervalBarRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;
        private static final double CAP = 3;

        private final transient List<Bar> bars;
        private transient Rectangle2D area;
        private transient ValueAxis axis;
        private transient RectangleEdge edge;

        IntervalBarRenderer(List<Bar> bars) {
            this.bars = bars;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                             int pass) {
            area = dataArea;
            axis = rangeAxis;
            edge = plot.getRangeAxisEdge();
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            Share share = bars.get(column).shares().get(row);
            if (pass != 0 || share == null || !share.defined() || dataset.getValue(row, column) == null) {
                return;
            }
            double barY = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
            double mid = barY + state.getBarWidth() / 2;
            double lo = x(share.interval().lower());
            double hi = x(share.interval().upper());
            // a white halo under a black line: visible over the bar and over the white beside it
            errorBar(g2, Color.WHITE, 2.6f, lo, hi, mid);
            errorBar(g2, HouseStyle.INK, 0.9f, lo, hi, mid);
        }

        private static void errorBar(Graphics2D g2, Color color, float width, double lo, double hi, double mid) {
            g2.setPaint(color);
            g2.setStroke(new BasicStroke(width));
            g2.draw(new Line2D.Double(lo, mid, hi, mid));
            g2.draw(new Line2D.Double(lo, mid - CAP, lo, mid + CAP));
            g2.draw(new Line2D.Double(hi, mid - CAP, hi, mid + CAP));
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            Share share = bars.get(column).shares().get(row);
            double end = share != null && share.defined() ? Math.max(bar.getMaxX(), x(share.interval().upper())) : bar.getMaxX();
            Rectangle2D past = new Rectangle2D.Double(bar.getX(), bar.getY(), end - bar.getX(), bar.getHeight());
            super.drawItemLabel(g2, data, row, column, plot, generator, past, negative);
        }

        private double x(double share) {
            return axis.valueToJava2D(share * 100, area, edge);
        }
    }
}
