package dk.praksis.report.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one workbook, created once (Excel limits the number of styles). */
final class Styles {

    static final String PERCENT_FORMAT = "0.0%";
    static final String DATE_FORMAT = "dd.mm.yyyy";

    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle integer;
    final XSSFCellStyle percent;
    final XSSFCellStyle date;
    final XSSFCellStyle decimal;

    Styles(XSSFWorkbook wb) {
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(titleFont);

        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        label = wb.createCellStyle();
        label.setFont(bold);

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);

        integer = wb.createCellStyle();
        integer.cloneStyleFrom(text);
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        percent = wb.createCellStyle();
        percent.cloneStyleFrom(text);
        percent.setDataFormat(wb.createDataFormat().getFormat(PERCENT_FORMAT));
        date = wb.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
        decimal = wb.createCellStyle();
        decimal.cloneStyleFrom(text);
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    }

    XSSFCellStyle of(Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case LONG_TEXT -> wrapped;
            case INTEGER -> integer;
            case PERCENT -> percent;
            case DATE -> date;
            case DECIMAL -> decimal;
        };
    }
}
