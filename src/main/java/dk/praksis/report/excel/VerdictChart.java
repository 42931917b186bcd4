package dk.praksis.report.excel;

import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel bar chart of the verdict shares, read from the cells of the verdict table (so it
 * follows the numbers if an analyst edits them): the unit's shares, and all kommuners' beside them.
 */
final class VerdictChart {

    static final String TITLE = "Samlet vurdering, andel af sagerne";
    /** Column of the unit's andel in the verdict table, and of all kommuners' andel. */
    private static final int UNIT_SHARE_COL = 3;
    private static final int ALL_SHARE_COL = 8;
    private static final int WIDTH_COLS = 8;
    private static final int HEIGHT_ROWS = 18;

    private VerdictChart() {
    }

    /**
     * @param headerRow the verdict table's header row; its data rows follow
     */
    static void draw(Sheet sheet, int anchorRow, int headerRow, int verdicts, String unitName, boolean compare) {
        XSSFDrawing drawing = SheetWriter.full(sheet).createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, WIDTH_COLS, anchorRow + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(TITLE);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN); // first verdict at the top
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        values.setMaximum(1);
        values.setNumberFormat("0%");

        int first = headerRow + 1;
        int last = headerRow + verdicts;
        XDDFDataSource<String> labels = labels(sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        addSeries(sheet, data, labels, first, last, UNIT_SHARE_COL, unitName, PresetColor.STEEL_BLUE);
        if (compare) {
            addSeries(sheet, data, labels, first, last, ALL_SHARE_COL, "Alle kommuner", PresetColor.LIGHT_GRAY);
        }
        chart.plot(data);
    }

    private static void addSeries(Sheet sheet, XDDFBarChartData data, XDDFDataSource<String> labels, int first,
                                  int last, int col, String title, PresetColor color) {
        XDDFNumericalDataSource<Double> shares = shares(sheet, new CellRangeAddress(first, last, col, col));
        XDDFChartData.Series series = data.addSeries(labels, shares);
        series.setTitle(title, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
    }

    /*
     * A streamed sheet's cells are not in the full model the chart factory reads; there the chart gets the
     * values from the streamed rows (still in memory: the summary sheet is never flushed) with the same
     * cell reference, so it still follows the cells.
     */

    private static XDDFDataSource<String> labels(Sheet sheet, CellRangeAddress range) {
        if (sheet instanceof XSSFSheet xs) {
            return XDDFDataSourcesFactory.fromStringCellRange(xs, range);
        }
        return XDDFDataSourcesFactory.fromArray(column(sheet, range, new String[range.getNumberOfCells()],
                Cell::getStringCellValue), range.formatAsString(sheet.getSheetName(), true));
    }

    private static XDDFNumericalDataSource<Double> shares(Sheet sheet, CellRangeAddress range) {
        if (sheet instanceof XSSFSheet xs) {
            return XDDFDataSourcesFactory.fromNumericCellRange(xs, range);
        }
        return XDDFDataSourcesFactory.fromArray(column(sheet, range, new Double[range.getNumberOfCells()],
                c -> c.getCellType() == CellType.NUMERIC ? c.getNumericCellValue() : null),
                range.formatAsString(sheet.getSheetName(), true));
    }

    /** The values of a one-column range, null for a missing cell. */
    private static <T> T[] column(Sheet sheet, CellRangeAddress range, T[] values, Function<Cell, T> read) {
        for (int i = 0; i < values.length; i++) {
            Row r = sheet.getRow(range.getFirstRow() + i);
            Cell c = r == null ? null : r.getCell(range.getFirstColumn());
            values[i] = c == null ? null : read.apply(c);
        }
        return values;
    }
}
