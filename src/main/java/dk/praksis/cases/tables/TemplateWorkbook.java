package dk.praksis.cases.tables;

import dk.praksis.checklist.Checklist;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty reviewers' workbook for a layout: one sheet per table with styled, commented,
 * frozen headers, typed column formats, drop-downs and date checks on the data rows, and the
 * Danish guide. Filling in rows is {@link CaseWorkbookWriter}'s job.
 */
final class TemplateWorkbook {

    /** Document and zip-entry dates are fixed: a template must not differ from run to run. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Date FIXED_DATE = Date.from(FIXED_TIME.toInstant(java.time.ZoneOffset.UTC));
    private static final String DATE_FORMAT = "dd-mm-yyyy";

    final XSSFWorkbook wb = new XSSFWorkbook();
    final Map<Table, XSSFSheet> sheets = new LinkedHashMap<>();
    final CellStyle dateStyle;
    final CellStyle textStyle;
    final CellStyle numberStyle;
    final CellStyle wrapStyle;
    private final CellStyle headerStyle;

    private TemplateWorkbook() {
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
        textStyle = wb.createCellStyle();
        textStyle.setDataFormat(wb.createDataFormat().getFormat("@"));
        numberStyle = wb.createCellStyle();
        numberStyle.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        wrapStyle = wb.createCellStyle();
        wrapStyle.setWrapText(true);
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        headerStyle = wb.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /**
     * @param lastRow the last (0-based) row that gets drop-downs and date checks
     */
    static TemplateWorkbook create(Checklist checklist, TableLayout layout, int lastRow) {
        TemplateWorkbook t = new TemplateWorkbook();
        for (Table table : layout.tables()) {
            t.sheets.put(table, t.tableSheet(table, lastRow));
        }
        GuideSheet.write(t.wb.createSheet(XlsxCaseFormat.GUIDE_SHEET), checklist, layout, t.wrapStyle,
                t.headerStyle);
        t.wb.setActiveSheet(0);
        var props = t.wb.getProperties().getCoreProperties();
        props.setTitle("Indtastning af sager: " + checklist.title());
        props.setCreator("praksis");
        props.setCreated(Optional.of(FIXED_DATE));
        props.setModified(Optional.of(FIXED_DATE));
        return t;
    }

    private XSSFSheet tableSheet(Table table, int lastRow) {
        XSSFSheet sheet = wb.createSheet(table.sheet());
        XSSFRow header = sheet.createRow(0);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            XSSFCell cell = header.createCell(i);
            cell.setCellValue(col.header());
            cell.setCellStyle(headerStyle);
            cell.setCellComment(comment(drawing, col.comment(), i));
            sheet.setColumnWidth(i, Math.max(col.width(), col.header().length() + 3) * 256);
            sheet.setDefaultColumnStyle(i, style(col));
            validate(sheet, col, i, lastRow);
        }
        sheet.createFreezePane(table.kind() == Table.Kind.SAGER ? 1 : 0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        return sheet;
    }

    CellStyle style(Column col) {
        return switch (col.kind()) {
            case DATE -> dateStyle;
            case NUMBER -> numberStyle;
            default -> textStyle;
        };
    }

    private XSSFComment comment(XSSFDrawing drawing, String text, int column) {
        int lines = 3 + text.length() / 40;
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, column, 1, column + 4, 1 + lines);
        XSSFComment c = drawing.createCellComment(anchor);
        c.setString(new XSSFRichTextString(text));
        c.setAuthor("praksis");
        return c;
    }

    private static void validate(XSSFSheet sheet, Column col, int index, int lastRow) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        String error;
        if (!col.choices().isEmpty() && fitsExplicitList(col.choices())) {
            constraint = h.createExplicitListConstraint(col.choices().toArray(String[]::new));
            error = "Vælg en af værdierne på listen: " + String.join(", ", col.choices()) + ".";
        } else if (col.kind() == Column.Kind.DATE) {
            constraint = h.createDateConstraint(OperatorType.BETWEEN, "DATE(1950,1,1)", "DATE(2099,12,31)", null);
            error = "Skriv en dato, fx 15-03-2010.";
        } else if (col.kind() == Column.Kind.NUMBER) {
            constraint = h.createDecimalConstraint(OperatorType.BETWEEN, "0", "168");
            error = "Skriv et tal mellem 0 og 168, fx 15 eller 12,5.";
        } else {
            return;
        }
        DataValidation dv = h.createValidation(constraint, new CellRangeAddressList(1, lastRow, index, index));
        dv.setEmptyCellAllowed(true);
        if (!col.choices().isEmpty()) {
            // XSSF reads this flag inverted: true shows the drop-down arrow.
            dv.setSuppressDropDownArrow(true);
        }
        if (!col.choices().isEmpty() && !col.strict()) {
            dv.setShowErrorBox(false);
        } else {
            dv.setErrorStyle(col.strict() ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
            dv.createErrorBox(col.header(), error);
            dv.setShowErrorBox(true);
        }
        sheet.addValidationData(dv);
    }

    /** Excel keeps an explicit list as one comma-separated string of at most 255 characters. */
    private static boolean fitsExplicitList(List<String> values) {
        return values.stream().noneMatch(v -> v.contains(",") || v.contains("\""))
                && String.join(",", values).length() <= 255;
    }
}
