package dk.praksis.cases.tables;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a CSV file as Danish Excel writes it: UTF-8 with or without BOM, or Windows-1252
 * ("CSV (semikolonsepareret)"). A strict UTF-8 decode decides: Windows-1252 text with Danish
 * letters is never valid UTF-8.
 */
final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvText() {
    }

    /**
     * The records of a CSV file, header first.
     *
     * @param rows     every record read
     * @param failedAt 0 when the whole file was read, else the 1-based row where reading stopped
     */
    record Records(List<String[]> rows, int failedAt) {
    }

    /** Reads a whole CSV file with the separator and charset detected; never throws for a malformed file. */
    static Records read(Path file) {
        List<String[]> rows = new ArrayList<>();
        try {
            String text = decode(Files.readAllBytes(file));
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(text));
            try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema).readValues(text)) {
                while (it.hasNextValue()) {
                    rows.add(it.nextValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Records(rows, rows.size() + 1);
        }
        return new Records(rows, 0);
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** ';' (Danish Excel) or ',': whichever the header line uses more; ';' on a tie. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return commas > semicolons ? ',' : ';';
    }
}
