package dk.praksis.hoering;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.praksis.audit.AuditOutcome;
import dk.praksis.audit.Hearing;
import dk.praksis.audit.OutputRenderer;
import dk.praksis.corrections.CorrectionsReader;
import dk.praksis.report.AuditReport;
import dk.praksis.report.OutputNames;
import dk.praksis.report.UnitReport;
import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.LetterPdf;
import dk.praksis.report.pdf.LetterTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the høring package of a draft: {@code hoering/<kode>-<navn>/} per kommune with the kommune's draft report
 * and workbook (the same bytes as in {@code kommuner/}, named …-udkast), the høring letter, and an empty corrections
 * sheet. Runs after the report renderers, whose kommune files it copies.
 */
public final class HearingPackage implements OutputRenderer {

    public static final String FOLDER = "hoering";

    // Quote only where needed, as resultater.csv does: "nyt svar", not "\"nyt svar\"".
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema ROWS = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n");

    @Override
    public boolean readsEarlierOutput() {
        return true; // copies the kommune PDFs and workbooks
    }

    @Override
    public void render(AuditOutcome outcome, Path dir) {
        AuditReport report = outcome.report();
        Hearing hearing = outcome.spec().hearing();
        String template = hearing.letter() == null ? HearingLetter.STANDARD : LetterTemplate.read(hearing.letter());
        String templateName = hearing.letter() == null ? "standardbrevet" : hearing.letter().toString();
        boolean ascii = OutputNames.needsAsciiFallback(report);
        try {
            byte[] sheet = emptyCorrections();
            for (UnitReport unit : report.kommuner()) {
                String stem = OutputNames.kommuneStem(unit.kommune(), ascii);
                Path folder = Files.createDirectories(dir.resolve(FOLDER).resolve(stem));
                Path kommuner = dir.resolve(ExcelReports.KOMMUNE_DIR);
                String pdf = stem + "-udkast.pdf";
                String xlsx = stem + "-udkast.xlsx";
                String csv = stem + "-rettelser.csv";
                Files.copy(kommuner.resolve(stem + ".pdf"), folder.resolve(pdf));
                Files.copy(kommuner.resolve(stem + ".xlsx"), folder.resolve(xlsx));
                Files.write(folder.resolve(csv), sheet);
                List<String> attachments = List.of(pdf + ": udkastet til kommunens resultater (PDF)",
                        xlsx + ": de samme tal og sager i Excel", csv + ": rettelsesark til kommunens bemærkninger"
                                + " (CSV til Excel)");
                Files.write(folder.resolve(stem + "-hoeringsbrev.pdf"), LetterPdf.bytes(HearingLetter.of(report, unit,
                        hearing, attachments, template, templateName), "høring, praksisundersøgelse"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row of a corrections file: UTF-8 with BOM and semicolons, as Danish Excel opens it. */
    static byte[] emptyCorrections() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (SequenceWriter rows = CSV.writerFor(String[].class).with(ROWS).writeValues(w)) {
                rows.write(CorrectionsReader.columnNames().toArray(String[]::new));
            }
        }
        return bytes.toByteArray();
    }
}
