package dk.praksis.cases.tables;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseFormat;
import dk.praksis.cases.KommuneLookup;
import dk.praksis.cases.Place;
import dk.praksis.checklist.Checklist;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.xml.sax.SAXException;

/**
 * Reads the reviewers' workbook (the template of {@code praksis template}, filled in). Cells are
 * read as typed: real dates, numbers, booleans, text; dates typed as text are accepted in the Danish
 * forms. Formulas are never evaluated: their cached values are read like any other cell, and a
 * formula without one (as scripts write them) is reported with its cell. The workbook is streamed
 * (POI's event API), so memory grows with the cases, not with the sheets' size; a workbook with more
 * than {@link #MAX_ROWS} filled rows is refused with the row where reading stopped.
 */
public final class XlsxCaseFormat implements CaseFormat {

    /** Sheets the reader passes over: the guide, and the drop-down lists of older templates. */
    static final String GUIDE_SHEET = "Vejledning";

    /** Filled data rows over all sheets of one workbook; beyond it the cases belong in several workbooks. */
    static final int MAX_ROWS = 1_000_000;

    private final TableLayout layout;
    private final KommuneLookup kommuner;

    private final int maxRows;

    public XlsxCaseFormat(Checklist checklist, KommuneLookup kommuner) {
        this(checklist, kommuner, MAX_ROWS);
    }

    /** With another row limit than {@link #MAX_ROWS} (for tests). */
    XlsxCaseFormat(Checklist checklist, KommuneLookup kommuner, int maxRows) {
        this.layout = TableLayout.of(checklist);
        this.kommuner = kommuner;
        this.maxRows = maxRows;
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
        try (XlsxPackage xlsx = XlsxPackage.open(file)) {
            CaseAssembler assembler = new CaseAssembler(kommuner, label, "arket Sager", problems::add);
            Map<Table, XlsxPackage.SheetRef> sheets = sheets(xlsx, label, problems);
            if (!sheets.containsKey(layout.sager())) {
                problems.add(new Problem(label, null, "arbejdsbogen har intet ark Sager; brug skabelonen fra"
                        + " 'praksis template'"));
                return;
            }
            RowBudget budget = new RowBudget();
            for (Map.Entry<Table, XlsxPackage.SheetRef> e : sheets.entrySet()) {
                if (!readSheet(xlsx, e.getKey(), e.getValue(), label, assembler, budget, problems)) {
                    return;
                }
            }
            assembler.forEachCase(sink);
        } catch (IOException | SAXException | OpenXML4JException | OpenXML4JRuntimeException
                 | UnsupportedFileFormatException | EncryptedDocumentException | POIXMLException
                 | RecordFormatException | EmptyFileException e) {
            // Also an empty or cut-off file (a copy that stopped half-way), and a zip bomb.
            problems.add(new Problem(label, null, UnreadableWorkbook.reason(e)));
        } catch (XlsxPackage.Damaged e) {
            problems.add(new Problem(label, null, "arbejdsbogen er beskadiget: " + e.getMessage() + "; åbn den i Excel,"
                    + " og gem den igen"));
        }
    }

    /** The workbook's sheets by table, in layout order; unknown sheets are reported. */
    private Map<Table, XlsxPackage.SheetRef> sheets(XlsxPackage xlsx, String label, List<Problem> problems) {
        Map<Table, XlsxPackage.SheetRef> found = new LinkedHashMap<>();
        for (Table t : layout.tables()) {
            for (XlsxPackage.SheetRef s : xlsx.sheets()) {
                if (t.named(s.name())) {
                    found.put(t, s);
                    break;
                }
            }
        }
        List<XlsxPackage.SheetRef> all = xlsx.sheets();
        for (int i = 0; i < all.size(); i++) {
            XlsxPackage.SheetRef s = all.get(i);
            String name = s.name();
            if (!found.containsValue(s) && !Names.key(name).equals(Names.key(GUIDE_SHEET))) {
                List<String> known = layout.tables().stream().map(Table::sheet).toList();
                // A name that could be a person's is placed by the sheet's position instead.
                problems.add(new Problem(label + " " + Names.sheet(name, i + 1), null, "ukendt ark " + Names.quoted(name, known)
                        + "; arkene hedder " + String.join(", ", known) + " og " + GUIDE_SHEET));
            }
        }
        return found;
    }

    /** Data rows a workbook may hold before the reader stops (see {@link #MAX_ROWS}). */
    private static final class RowBudget {
        private int rows;
    }

    /** Thrown from inside the sheet's stream to stop reading it. */
    private static final class StopSheet extends RuntimeException {
        StopSheet() {
            super(null, null, false, false);
        }
    }

    /** @return false when the workbook is too large to read further */
    private boolean readSheet(XlsxPackage xlsx, Table table, XlsxPackage.SheetRef sheet, String label,
                              CaseAssembler assembler, RowBudget budget, List<Problem> problems)
            throws IOException, SAXException {
        String name = sheet.name();
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<Column, Integer> positions = new LinkedHashMap<>();
        boolean[] tooLarge = {false};
        SheetRows.RowSink rows = (r, cells) -> {
            if (r == 0) {
                Optional<Map<Integer, Column>> mapped = HeaderMapping.map(table, headers(xlsx, cells), i -> place(name, i, 0),
                        name, (where, msg) -> problems.add(new Problem(label + " " + where, null, msg)));
                if (mapped.isEmpty()) {
                    throw new StopSheet();
                }
                columns.putAll(mapped.get());
                columns.forEach((i, col) -> positions.put(col, i));
                return;
            }
            if (columns.isEmpty()) {
                throw new StopSheet(); // no header row: the sheet holds nothing to read
            }
            Map<Column, CellValue> values = new LinkedHashMap<>();
            for (SheetRows.RawCell cell : cells) {
                Column col = columns.get(cell.column());
                if (col != null) {
                    value(xlsx, cell, col, r, label, name, problems).ifPresent(v -> values.put(col, v));
                }
            }
            if (values.isEmpty()) {
                return;
            }
            if (++budget.rows > maxRows) {
                problems.add(new Problem(label + " " + place(name, 0, r), null, "arbejdsbogen har mere end "
                        + String.format(Locale.forLanguageTag("da-DK"), "%,d", maxRows) + " udfyldte rækker; del sagerne i flere arbejdsbøger,"
                        + " fx én pr. kommune"));
                tooLarge[0] = true;
                throw new StopSheet();
            }
            assembler.add(new TableRow(table, values, col -> new CellPlace(name, positions.getOrDefault(col, 0), r)));
        };
        try {
            xlsx.read(sheet, rows);
        } catch (StopSheet stop) {
            // the sheet ended early on purpose; any reason is already among the problems
        }
        return !tooLarge[0];
    }

    /** The header texts by column, "" for gaps and formulas (a header is never computed). */
    private static List<String> headers(XlsxPackage xlsx, List<SheetRows.RawCell> cells) {
        int last = cells.stream().mapToInt(SheetRows.RawCell::column).max().orElse(-1);
        List<String> headers = new ArrayList<>(Collections.nCopies(last + 1, ""));
        for (SheetRows.RawCell c : cells) {
            if (!c.formula() && c.value() != null) {
                headers.set(c.column(), switch (c.type() == null ? "n" : c.type()) {
                    case "s", "str", "inlineStr" -> xlsx.text(c);
                    case "b" -> "1".equals(c.value().strip()) ? "TRUE" : "FALSE";
                    case "e" -> c.value();
                    default -> c.value().isEmpty() ? "" : xlsx.formatted(c, XlsxPackage.number(c));
                });
            }
        }
        return headers;
    }

    /**
     * A cell's value as the file stores it; a formula gives its cached value (never evaluated), and a
     * formula without one is reported rather than read as 0.
     */
    private static Optional<CellValue> value(XlsxPackage xlsx, SheetRows.RawCell cell, Column col, int row,
                                             String label, String sheet, List<Problem> problems) {
        if (cell.formulaWithoutValue()) {
            problems.add(new Problem(label + " " + place(sheet, cell.column(), row), null,
                    "cellen er en formel uden beregnet værdi (fx skrevet af et program); åbn og gem arbejdsbogen"
                            + " i Excel, eller skriv værdien direkte"));
            return Optional.empty();
        }
        if (cell.value() == null) {
            return Optional.empty(); // a blank (perhaps styled) cell
        }
        switch (cell.type() == null ? "n" : cell.type()) {
            case "s", "str", "inlineStr": {
                String s = xlsx.text(cell);
                return s.isBlank() ? Optional.empty() : Optional.of(new CellValue.Text(s));
            }
            case "b":
                return Optional.of(new CellValue.Bool("1".equals(cell.value().strip())));
            case "e":
                problems.add(new Problem(label + " " + place(sheet, cell.column(), row), null,
                        "cellen indeholder en fejlværdi (fx #VÆRDI!); skriv værdien direkte"));
                return Optional.empty();
            default: {
                double d = XlsxPackage.number(cell);
                boolean asDate = DateUtil.isValidExcelDate(d)
                        && (xlsx.dateFormatted(cell) || col.kind() == Column.Kind.DATE && d >= 1);
                return Optional.of(asDate ? new CellValue.DateValue(xlsx.date(d)) : new CellValue.Number(d));
            }
        }
    }

    private static String place(String sheet, int column, int row) {
        return sheet + "!" + CellReference.convertNumToColString(column) + (row + 1);
    }

    /** "Sager!F4" (column and row from 0): a cell of a sheet, put into words only for a message. */
    private record CellPlace(String sheet, int column, int row) implements Place {
        @Override
        public String text() {
            return place(sheet, column, row);
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
