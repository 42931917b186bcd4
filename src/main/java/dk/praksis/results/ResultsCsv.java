package dk.praksis.results;

import dk.praksis.io.SpreadsheetCells;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the tidy {@code resultater.csv}: one row per case × item, in case order then checklist
 * order. UTF-8 with BOM, {@code ;} between columns, CRLF line ends and decimal comma: what Danish
 * Excel opens without an import dialog (pandas: {@code sep=";", decimal=","}).
 */
public final class ResultsCsv {

    /** Column headers, the contract of the file (docs/resultater.md). */
    public static final List<String> COLUMNS = List.of("sag", "kommunekode", "kommune", "sagstype", "afsnit",
            "spørgsmål", "type", "udfald", "svar", "begrundelse", "konsekvens", "score", "afledt_vurdering",
            "bedømmer_vurdering", "samlet_vurdering", "uenighed", "bedømt_af", "oprindeligt_svar",
            "oprindelig_bedømmer_vurdering");

    // Quote only where needed (separator, quote, line break), so the file reads cleanly.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = schema();

    private ResultsCsv() {
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        return b.build().withHeader().withColumnSeparator(';').withLineSeparator("\r\n");
    }

    public static byte[] toBytes(ResultsFile results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(results, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a byte array
        }
        return bytes.toByteArray();
    }

    /** Streams the file (never held in memory whole). */
    public static void write(ResultsFile results, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(results, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows to {@code out} and closes it. */
    private static void write(ResultsFile results, OutputStream out) throws IOException {
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(w)) {
                Map<String, ItemInfo> items = new LinkedHashMap<>();
                results.items().forEach(i -> items.put(i.id(), i));
                for (CaseEntry c : results.cases()) {
                    String score = decimal(c.score()); // once per case, not once per row
                    for (Map.Entry<String, CaseEntry.ItemEntry> e : c.items().entrySet()) {
                        rows.write(row(c, score, items.get(e.getKey()), e.getKey(), e.getValue()));
                    }
                }
            }
        }
    }

    private static String[] row(CaseEntry c, String score, ItemInfo info, String itemId, CaseEntry.ItemEntry i) {
        CaseEntry.Verdicts v = c.verdicts();
        return new String[] {
            text(c.id()), text(c.kommune().kode()), text(c.kommune().navn()), text(c.caseType()),
            info == null ? "" : text(info.section()), text(itemId), info == null ? "" : text(info.type()),
            text(i.outcome()), text(i.answer()), text(i.reason()), text(i.consequence()), score,
            text(v.derived()), text(v.reviewer()), text(v.counted()), v.disagreement() ? "ja" : "nej", text(c.reviewer()),
            text(c.correctionOf(itemId).map(CaseEntry.CorrectionEntry::before).orElse(null)),
            text(c.correctionOf(CaseEntry.CorrectionEntry.VERDICT).map(CaseEntry.CorrectionEntry::before).orElse(null))
        };
    }

    /** A text cell that a spreadsheet will not run as a formula (see {@link SpreadsheetCells#text}). */
    static String text(String s) {
        return SpreadsheetCells.text(s);
    }

    /** Four decimals with a decimal comma; empty when there is no score. */
    static String decimal(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.4f", d).replace('.', ',');
    }
}
