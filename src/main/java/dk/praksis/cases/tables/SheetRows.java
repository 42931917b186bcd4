package dk.praksis.cases.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (POI's event API: a SAX handler over the part XSSFReader gives) and
 * hands each {@code <row>} on with its raw cells, so a sheet of any length is read in constant memory.
 * Only the markup that carries values is looked at: cell type, style, formula, cached value and
 * inline text. Strings, styles and dates are resolved by the caller.
 */
final class SheetRows extends DefaultHandler {

    /** A cell as the file stores it. */
    record RawCell(int column, String type, int style, boolean formula, String value) {

        /** A formula cell whose result the file does not hold (scripts write these; only Excel computes them). */
        boolean formulaWithoutValue() {
            return formula && value == null;
        }
    }

    /** Receives the rows; throwing from {@link #row} stops the reading. */
    interface RowSink {
        /** @param row the 0-based row index; cells in file order (a row element may hold none) */
        void row(int row, List<RawCell> cells);
    }

    private final RowSink sink;
    private final StringBuilder text = new StringBuilder();
    private final List<RawCell> cells = new ArrayList<>();
    private int row = -1;
    private int column = -1;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    SheetRows(RowSink sink) {
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                row = r == null ? row + 1 : rowNumber(r) - 1;
                column = -1;
                cells.clear();
            }
            case "c" -> {
                String ref = atts.getValue("r");
                column = ref == null ? column + 1 : column(ref);
                type = atts.getValue("t");
                String s = atts.getValue("s");
                style = s == null ? 0 : number(s, Integer.MAX_VALUE, "en celles formatering");
                formula = false;
                value = null;
            }
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "is" -> {
                inInline = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInline && !inPhonetic;
            default -> {
            }
        }
    }

    /** Excel's own limits: a row number past them is damage, not data. */
    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_383;
    private static final Pattern CELL = Pattern.compile("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}");

    private static int rowNumber(String r) {
        int n = number(r, MAX_ROW, "et rækkenummer");
        if (n < 1) {
            throw new XlsxPackage.Damaged("et rækkenummer er ugyldigt");
        }
        return n;
    }

    private static int column(String ref) {
        if (!CELL.matcher(ref).matches()) {
            throw new XlsxPackage.Damaged("en cellereference er ugyldig");
        }
        int col = new CellReference(ref).getCol();
        if (col < 0 || col > MAX_COLUMN) {
            throw new XlsxPackage.Damaged("en cellereference ligger uden for arket");
        }
        return col;
    }

    private static int number(String text, int max, String what) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 10 || !t.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(t) > max) {
            throw new XlsxPackage.Damaged(what + " er ugyldigt");
        }
        return Integer.parseInt(t);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> {
                inValue = false;
                value = text.toString();
            }
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                inInline = false;
                value = text.toString();
            }
            case "c" -> cells.add(new RawCell(column, type, style, formula, value));
            case "row" -> {
                sink.row(row, List.copyOf(cells));
                cells.clear();
            }
            default -> {
            }
        }
    }
}
