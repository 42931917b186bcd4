package dk.praksis.report;

import dk.praksis.compare.Comparison;
import dk.praksis.compare.ComparisonJson;
import dk.praksis.report.excel.ComparisonWorkbook;
import dk.praksis.report.pdf.ComparisonPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files `praksis compare` writes into its output folder: compare builds the comparison, the report stage renders it. */
public final class ComparisonOutputs {

    public static final String JSON = "sammenligning.json";
    public static final String WORKBOOK = "sammenligning.xlsx";
    public static final String PDF = "sammenligning.pdf";

    private ComparisonOutputs() {
    }

    public static void writeInto(Comparison comparison, Path dir) throws IOException {
        Files.write(dir.resolve(JSON), ComparisonJson.toBytes(comparison));
        Files.write(dir.resolve(WORKBOOK), ComparisonWorkbook.write(comparison));
        Files.write(dir.resolve(PDF), ComparisonPdf.bytes(comparison));
    }
}
