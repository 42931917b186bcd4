package dk.praksis.cases.tables;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx file opened for streaming (POI's event API): the sheets in workbook order, read row by row
 * with {@link SheetRows}; the shared strings and styles that give raw cells their text and dates.
 * Only the shared strings are held in memory, never a sheet.
 */
final class XlsxPackage implements Closeable {

    /** Letters Java's number parser accepts (hex floats, NaN, a type suffix) but a spreadsheet never writes. */
    private static final Pattern NOT_PLAIN_NUMBER = Pattern.compile(".*[xXpPnNfFdD].*");

    /** A worksheet by its name. */
    record SheetRef(String name, PackagePart part) {
    }

    private final OPCPackage pkg;
    private final List<SheetRef> sheets;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private XlsxPackage(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        // Phonetic runs (furigana) are not part of a cell's text, as in POI's user model.
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        List<SheetRef> found = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            it.next().close(); // the iterator opens each sheet; it is read later, in table order
            found.add(new SheetRef(it.getSheetName(), it.getSheetPart()));
        }
        this.sheets = List.copyOf(found);
        try (InputStream in = reader.getWorkbookData()) {
            this.date1904 = date1904(in);
        }
    }

    /**
     * @throws IOException, OpenXML4JException, SAXException and POI's runtime exceptions (e.g.
     *         {@code NotOfficeXmlFileException}) when the file is not a readable workbook
     */
    static XlsxPackage open(Path file) throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            return new XlsxPackage(pkg);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    List<SheetRef> sheets() {
        return sheets;
    }

    /** Streams the sheet's rows to {@code sink}. */
    void read(SheetRef sheet, SheetRows.RowSink sink) throws IOException, SAXException {
        try (InputStream in = sheet.part().getInputStream()) {
            parse(in, new SheetRows(sink));
        }
    }

    /** The text of a string cell (shared, inline or a formula's string result), decoded as Excel stores it. */
    String text(SheetRows.RawCell cell) {
        if ("s".equals(cell.type())) {
            String index = cell.value().strip();
            try {
                if (!index.isEmpty() && index.length() <= 9 && index.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return strings.getItemAt(Integer.parseInt(index)).getString();
                }
            } catch (IndexOutOfBoundsException | IllegalStateException e) {
                // POI's message lists every text of the workbook: told below without it
            }
            throw new Damaged("en celle henviser til en tekst, arbejdsbogen ikke har");
        }
        return new XSSFRichTextString(cell.value()).getString();
    }

    /** The number a numeric cell stores; anything else (text, NaN, infinity) is damage. */
    static double number(SheetRows.RawCell cell) {
        String v = cell.value().strip();
        if (v.isEmpty()) {
            return 0;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && !NOT_PLAIN_NUMBER.matcher(v).matches()) {
                return d;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new Damaged("en talcelle indeholder noget, der ikke er et tal");
    }

    /**
     * Markup no spreadsheet program writes (a row number that is not a number, a cell that refers to
     * a missing text): the file was damaged or made by hand. The message says what, never the value.
     */
    static final class Damaged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Damaged(String what) {
            super(what, null, false, false);
        }
    }

    /** True when the cell's style shows numbers as dates. */
    boolean dateFormatted(SheetRows.RawCell cell) {
        return dateStyles.computeIfAbsent(cell.style(), i -> {
            XSSFCellStyle style = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    /** The calendar day of an Excel serial number, in the workbook's date system. */
    LocalDate date(double serial) {
        return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
    }

    /** A number as the cell's format shows it (for header cells). */
    String formatted(SheetRows.RawCell cell, double value) {
        XSSFCellStyle style = cell.style() < styles.getNumCellStyles() ? styles.getStyleAt(cell.style()) : null;
        return style == null ? formatter.formatRawCellContents(value, 0, "General")
                : formatter.formatRawCellContents(value, style.getDataFormat(), style.getDataFormatString());
    }

    @Override
    public void close() {
        pkg.revert(); // opened read-only: nothing to save
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    private static boolean date1904(InputStream workbookXml) throws IOException, SAXException {
        boolean[] found = {false};
        parse(workbookXml, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (localName.equals("workbookPr")) {
                    String v = atts.getValue("date1904");
                    found[0] = "1".equals(v) || "true".equals(v);
                }
            }
        });
        return found[0];
    }
}
