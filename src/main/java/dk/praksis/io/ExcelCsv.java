package dk.praksis.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small table as CSV that Danish Excel opens directly: UTF-8 with BOM, {@code ;}, CRLF, a header row. */
public final class ExcelCsv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private ExcelCsv() {
    }

    /** The cells are written as given; callers guard texts against formulas with {@link SpreadsheetCells#text}. */
    public static byte[] bytes(List<String> columns, List<String[]> rows) {
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader().withColumnSeparator(';').withLineSeparator("\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (SequenceWriter out = MAPPER.writerFor(String[].class).with(schema).writeValues(w)) {
                for (String[] row : rows) {
                    out.write(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
