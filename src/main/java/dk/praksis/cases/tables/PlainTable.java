package dk.praksis.cases.tables;

import dk.praksis.cases.PersonalDataGuard;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * A single table with a header row, from a CSV file as Danish Excel saves it or from the first sheet of
 * a workbook: a list that is not a case extract, such as the population a sample is drawn from. Every
 * text cell passes the personal-data guard before anything else sees it.
 *
 * @param headers the header row, as written
 * @param rows    the non-blank rows below it
 */
public record PlainTable(List<String> headers, List<PlainRow> rows) {

    /**
     * One row: its cells by header key ({@link #key}), and where each cell is, for messages.
     *
     * @param places header key to "fil række 3, kolonne dato" or "fil Ark!C3"
     */
    public record PlainRow(Map<String, CellValue> cells, Map<String, String> places, String where) {

        public PlainRow {
            cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
            places = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(places));
        }

        /** Where the cell under {@code key} is; the row's place when the column is absent. */
        public String place(String key) {
            return places.getOrDefault(key, where);
        }
    }

    public PlainTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** How headers are compared: case, Danish letters, spaces and hyphens do not matter. */
    public static String key(String header) {
        return Names.key(header);
    }

    /**
     * @throws InvalidInputException  when the file cannot be read as CSV or xlsx
     * @throws PersonalDataException  when a cell holds personal data (place and kind named, never the value)
     */
    public static PlainTable read(Path file, PersonalDataGuard guard) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<Cellish>> grid;
        if (name.endsWith(".csv")) {
            grid = csv(file);
        } else if (name.endsWith(".xlsx")) {
            grid = xlsx(file);
        } else {
            throw new InvalidInputException(file.toString(), "listen skal være en CSV-fil (.csv) eller en"
                    + " Excel-projektmappe (.xlsx)");
        }
        if (grid.isEmpty()) {
            throw new InvalidInputException(file.toString(), "filen er tom; første række skal være overskrifterne");
        }
        List<String> headers = grid.get(0).stream().map(c -> c.value() == null ? "" : CellParsing.text(c.value()))
                .toList();
        List<Problem> personal = new ArrayList<>();
        List<PlainRow> rows = new ArrayList<>();
        for (int r = 1; r < grid.size(); r++) {
            Map<String, CellValue> cells = new LinkedHashMap<>();
            Map<String, String> places = new LinkedHashMap<>();
            List<Cellish> line = grid.get(r);
            for (int i = 0; i < line.size() && i < headers.size(); i++) {
                Cellish c = line.get(i);
                if (c.value() == null || headers.get(i).isBlank()) {
                    continue;
                }
                String k = key(headers.get(i));
                cells.put(k, c.value());
                places.put(k, c.place());
                if (c.value() instanceof CellValue.Text t) {
                    personal.addAll(guard.checkText(c.place(), "kolonnen " + headers.get(i).strip(), t.text()));
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new PlainRow(cells, places, line.isEmpty() ? file.toString() : rowPlace(line.get(0).place())));
            }
        }
        if (!personal.isEmpty()) {
            throw new PersonalDataException(personal);
        }
        return new PlainTable(headers, rows);
    }

    /** "fil række 3, kolonne x" → "fil række 3"; a workbook place stays as it is. */
    private static String rowPlace(String cellPlace) {
        int comma = cellPlace.lastIndexOf(", kolonne ");
        return comma < 0 ? cellPlace : cellPlace.substring(0, comma);
    }

    /** A cell with its place; a null value is a blank cell. */
    private record Cellish(CellValue value, String place) {
    }

    private static List<List<Cellish>> csv(Path file) {
        CsvText.Records read = CsvText.read(file);
        if (read.mixedEncodingLine() > 0) {
            throw new InvalidInputException(file + " linje " + read.mixedEncodingLine(), CsvText.MIXED_ENCODING);
        }
        if (read.failedAt() > 0) {
            throw new InvalidInputException(file + " række " + read.failedAt(),
                    "filen kan ikke læses som CSV (fx et citationstegn uden sin afslutning)");
        }
        List<String[]> records = read.rows();
        String[] headers = records.isEmpty() ? new String[0] : records.get(0);
        List<List<Cellish>> grid = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            List<Cellish> line = new ArrayList<>();
            String[] record = records.get(r);
            for (int i = 0; i < record.length; i++) {
                String header = i < headers.length ? headers[i].strip() : String.valueOf(i + 1);
                String place = file + " række " + (r + 1) + ", kolonne " + header;
                line.add(new Cellish(record[i].isBlank() ? null : new CellValue.Text(record[i].strip()), place));
            }
            grid.add(line);
        }
        return grid;
    }

    private static List<List<Cellish>> xlsx(Path file) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            if (wb.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<Cellish>> grid = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Cellish> line = new ArrayList<>();
                for (int i = 0; row != null && i < row.getLastCellNum(); i++) {
                    String place = file + " " + Names.sheet(sheet.getSheetName(), 1) + "!"
                            + CellReference.convertNumToColString(i) + (r + 1);
                    Cell cell = row.getCell(i);
                    line.add(new Cellish(cell == null ? null : value(cell, r == 0, formatter, place), place));
                }
                if (row != null || r == 0) {
                    grid.add(line);
                }
            }
            return grid;
        } catch (IOException | UnsupportedFileFormatException | EncryptedDocumentException | POIXMLException
                 | EmptyFileException e) {
            throw new InvalidInputException(file.toString(), UnreadableWorkbook.reason(e));
        }
    }

    /** A typed cell; formulas give their cached value and are never evaluated. Headers are read as text. */
    private static CellValue value(Cell cell, boolean header, DataFormatter formatter, String place) {
        if (header) {
            String s = cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
            return s.isBlank() ? null : new CellValue.Text(s.strip());
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().isBlank() ? null : new CellValue.Text(cell.getStringCellValue().strip());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellValue.DateValue(cell.getLocalDateTimeCellValue().toLocalDate())
                    : new CellValue.Number(cell.getNumericCellValue());
            case BOOLEAN -> new CellValue.Bool(cell.getBooleanCellValue());
            case ERROR -> throw new InvalidInputException(place, "cellen indeholder en fejlværdi (fx #VÆRDI!);"
                    + " skriv værdien direkte");
            default -> null;
        };
    }
}
