package dk.praksis.cases.tables;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseFormat;
import dk.praksis.checklist.Checklist;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
 * Reads the reviewers' workbook (the template of {@code praksis template}, filled in). Cells are
 * read as typed: real dates, numbers, booleans, text; dates typed as text are accepted in the Danish
 * forms. Formulas are never evaluated: their cached values are read like any other cell.
 */
public final class XlsxCaseFormat implements CaseFormat {

    /** Sheets the reader passes over: the guide, and the drop-down lists of older templates. */
    static final String GUIDE_SHEET = "Vejledning";

    private final TableLayout layout;
    private final KommuneLookup kommuner;

    public XlsxCaseFormat(Checklist checklist, KommuneLookup kommuner) {
        this.layout = TableLayout.of(checklist);
        this.kommuner = kommuner;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString();
        // "~$navn.xlsx" is the lock file Excel leaves beside an open workbook.
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$");
    }

    @Override
    public void read(Path file, Consumer<Case> sink, List<Problem> problems) {
        String label = file.toString();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            CaseAssembler assembler = new CaseAssembler(kommuner, label, "arket Sager", problems);
            Map<Table, Sheet> sheets = sheets(wb, label, problems);
            if (!sheets.containsKey(layout.sager())) {
                problems.add(new Problem(label, null, "arbejdsbogen har intet ark Sager; brug skabelonen fra"
                        + " 'praksis template'"));
                return;
            }
            sheets.forEach((table, sheet) -> readSheet(table, sheet, label, assembler, problems));
            assembler.cases().forEach(sink);
        } catch (IOException | UnsupportedFileFormatException | EncryptedDocumentException | POIXMLException e) {
            problems.add(new Problem(label, null, "filen kan ikke læses som Excel-arbejdsbog (.xlsx); gem den igen"
                    + " fra Excel uden adgangskode"));
        }
    }

    /** The workbook's sheets by table, in layout order; unknown sheets are reported. */
    private Map<Table, Sheet> sheets(Workbook wb, String label, List<Problem> problems) {
        Map<Table, Sheet> found = new LinkedHashMap<>();
        for (Table t : layout.tables()) {
            for (Sheet s : wb) {
                if (t.named(s.getSheetName())) {
                    found.put(t, s);
                    break;
                }
            }
        }
        for (Sheet s : wb) {
            String name = s.getSheetName();
            if (!found.containsValue(s) && !Names.key(name).equals(Names.key(GUIDE_SHEET))) {
                List<String> known = layout.tables().stream().map(Table::sheet).toList();
                problems.add(new Problem(label + " " + name, null, "ukendt ark " + Names.quoted(name, known)
                        + "; arkene hedder " + String.join(", ", known) + " og " + GUIDE_SHEET));
            }
        }
        return found;
    }

    private void readSheet(Table table, Sheet sheet, String label, CaseAssembler assembler, List<Problem> problems) {
        String name = sheet.getSheetName();
        Row header = sheet.getRow(0);
        if (header == null) {
            return;
        }
        List<String> headers = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (int i = 0; i < header.getLastCellNum(); i++) {
            Cell c = header.getCell(i);
            headers.add(c == null || c.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(c));
        }
        Optional<Map<Integer, Column>> columns = HeaderMapping.map(table, headers, i -> place(name, i, 0), name,
                (where, msg) -> problems.add(new Problem(label + " " + where, null, msg)));
        if (columns.isEmpty()) {
            return;
        }
        Map<Column, Integer> positions = new LinkedHashMap<>();
        columns.get().forEach((i, col) -> positions.put(col, i));
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Column, CellValue> cells = new LinkedHashMap<>();
            for (Map.Entry<Integer, Column> e : columns.get().entrySet()) {
                Cell cell = row.getCell(e.getKey());
                if (cell != null) {
                    value(cell, e.getValue(), label, name, problems).ifPresent(v -> cells.put(e.getValue(), v));
                }
            }
            if (!cells.isEmpty()) {
                int rowIndex = r;
                assembler.add(new TableRow(table, cells,
                        col -> place(name, positions.getOrDefault(col, 0), rowIndex)));
            }
        }
    }

    /** A cell's value; formulas give their cached value (never evaluated). */
    private static Optional<CellValue> value(Cell cell, Column col, String label, String sheet,
                                             List<Problem> problems) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING: {
                String s = cell.getStringCellValue();
                return s.isBlank() ? Optional.empty() : Optional.of(new CellValue.Text(s));
            }
            case NUMERIC: {
                double d = cell.getNumericCellValue();
                boolean asDate = DateUtil.isCellDateFormatted(cell)
                        || col.kind() == Column.Kind.DATE && DateUtil.isValidExcelDate(d) && d >= 1;
                return Optional.of(asDate ? new CellValue.DateValue(cell.getLocalDateTimeCellValue().toLocalDate())
                        : new CellValue.Number(d));
            }
            case BOOLEAN:
                return Optional.of(new CellValue.Bool(cell.getBooleanCellValue()));
            case ERROR:
                problems.add(new Problem(label + " " + place(sheet, cell.getColumnIndex(), cell.getRowIndex()), null,
                        "cellen indeholder en fejlværdi (fx #VÆRDI!); skriv værdien direkte"));
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static String place(String sheet, int column, int row) {
        return sheet + "!" + CellReference.convertNumToColString(column) + (row + 1);
    }
}
