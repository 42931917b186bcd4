package dk.praksis.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small one-table workbooks (sample lists, the zero-error report): a bold header row, and the bytes with the title
 * and one fixed time in the properties and every zip entry (never "now").
 */
public final class WorkbookBytes {

    private WorkbookBytes() {
    }

    public static byte[] of(XSSFWorkbook wb, String title, LocalDateTime at) {
        var core = wb.getProperties().getCoreProperties();
        core.setTitle(title);
        Date stamp = Date.from(at.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DeterministicZip.restamp(out.toByteArray(), at);
    }

    /** Row 0 of the sheet: the headers in bold. */
    public static void header(Sheet sheet, List<String> headers) {
        Font bold = sheet.getWorkbook().createFont();
        bold.setBold(true);
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(style);
        }
    }
}
