package dk.praksis.cases.tables;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a CSV file as Danish Excel writes it: UTF-8 with or without BOM, or Windows-1252
 * ("CSV (semikolonsepareret)"). A strict UTF-8 decode decides: Windows-1252 text with Danish
 * letters is never valid UTF-8. A file that is both (UTF-8 with a Windows-1252 byte pasted in) is refused.
 */
final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvText() {
    }

    /**
     * The records of a CSV file, header first.
     *
     * @param rows              every record read
     * @param failedAt          0 when the whole file was read, else the 1-based row where reading stopped
     * @param mixedEncodingLine 0, or the line of a byte that breaks an otherwise UTF-8 file (nothing was read)
     */
    record Records(List<String[]> rows, int failedAt, int mixedEncodingLine) {
    }

    /** The message for {@link Records#mixedEncodingLine()}, at "fil linje N". */
    static final String MIXED_ENCODING = "filen er gemt som UTF-8, men denne linje har et tegn i et andet tegnsæt (fx"
            + " Windows-1252, indsat fra et andet program); ret tegnet, og gem hele filen igen som UTF-8, ellers bliver"
            + " æ, ø og å forkerte i alle rapporter";

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
        } catch (MixedEncodingException e) {
            return new Records(List.of(), 0, e.line);
        } catch (IOException | RuntimeException e) {
            return new Records(rows, rows.size() + 1, 0);
        }
        return new Records(rows, 0, 0);
    }

    /**
     * @throws MixedEncodingException when the file is UTF-8 except for some Windows-1252 bytes: read
     *                                either way, every æ, ø and å would come out wrong in all reports
     */
    static String decode(byte[] bytes) throws MixedEncodingException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int bad = firstNotUtf8(bytes, start);
        if (bad < 0) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        if (start == 3 || hasUtf8Sequence(bytes, bad)) {
            throw new MixedEncodingException(line(bytes, bad));
        }
        return new String(bytes, WINDOWS_1252);
    }

    /**
     * Where the bytes from {@code start} on stop being strict UTF-8, or -1 when they never do. Decoded a
     * window at a time and thrown away: a file saved as Windows-1252 fails at its first æ, ø or å, and a
     * UTF-8 file is decoded once more into its String, so no copy of the whole text is made here.
     */
    private static int firstNotUtf8(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer window = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = utf8.decode(in, window, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            window.clear(); // overflow: the window is full, go on
        }
    }

    /** The file is UTF-8 up to a byte that is not; {@code line} is that byte's line (1-based). */
    static final class MixedEncodingException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        MixedEncodingException(int line) {
            super("mixed encoding");
            this.line = line;
        }
    }

    /** True when the bytes before {@code end} hold a multi-byte UTF-8 character (æ is C3 A6). */
    private static boolean hasUtf8Sequence(byte[] bytes, int end) {
        for (int i = 0; i + 1 < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static int line(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** ';' (Danish Excel), ',' or a tab: whichever the header line uses most; ';' on a tie. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
