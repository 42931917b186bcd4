package dk.praksis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.testdata.ScalePopulation.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The scale benchmark's baseline: every file of a population read with the library alone and nothing else
 * (no checks, no guard, no scoring, no reports). YAML into Jackson's tree; CSV record by record with
 * Jackson's CSV module, every table of every dataset; a workbook with POI's event API (XSSFReader and
 * XSSFSheetXMLHandler), every cell of every sheet as text. Prints the number of cases found, so the parse
 * cannot be optimised away and the count can be checked against the audit's.
 *
 * <pre>ParseOnly yaml|csv|xlsx FOLDER</pre>
 */
public final class ParseOnly {

    /** The CSV datasets are saved as Danish Excel does (docs/cases.md). */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ParseOnly() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(cases(Format.of(args[0]), Path.of(args[1])) + " sager læst");
    }

    /** Parses every file of the format under {@code folder}; the number of cases found. */
    static long cases(Format format, Path folder) throws Exception {
        String ending = "." + format.name().toLowerCase(Locale.ROOT);
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(ending)).sorted().toList();
        }
        long cases = 0;
        for (Path f : files) {
            cases += switch (format) {
                case YAML -> yaml(f);
                case CSV -> csv(f);
                case XLSX -> xlsx(f);
            };
        }
        return cases;
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private static long yaml(Path file) throws IOException {
        JsonNode root = YAML.readTree(file.toFile());
        return root.path("sager").size();
    }

    /** Every record of one table; the cases are the records of sager.csv after its header. */
    private static long csv(Path file) throws IOException {
        long records = 0;
        try (Reader in = Files.newBufferedReader(file, WINDOWS_1252);
                MappingIterator<String[]> it = CSV.readerFor(String[].class)
                        .with(CsvSchema.emptySchema().withColumnSeparator(';')).readValues(in)) {
            while (it.hasNextValue()) {
                it.nextValue();
                records++;
            }
        }
        return file.getFileName().toString().equalsIgnoreCase("sager.csv") ? Math.max(0, records - 1) : 0;
    }

    /** Every cell of every sheet as the cell's format shows it; the cases are the rows of Sager with an id. */
    private static long xlsx(Path file) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            long cases = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    RowCounter rows = new RowCounter();
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, formatter,
                            false));
                    xml.parse(new InputSource(sheet));
                    if (sheets.getSheetName().equals("Sager")) {
                        cases += rows.withId;
                    }
                }
            }
            return cases;
        } finally {
            pkg.revert();
        }
    }

    /** Counts the data rows (after the header) whose first cell holds something. */
    private static final class RowCounter implements XSSFSheetXMLHandler.SheetContentsHandler {
        long withId;
        private int row;

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (row > 0 && cellReference != null && cellReference.startsWith("A") && Character.isDigit(
                    cellReference.charAt(1)) && !formattedValue.isBlank()) {
                withId++;
            }
        }
    }
}
