package dk.praksis.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The JSON every output file is written with: fixed key order (the records' {@code @JsonPropertyOrder}),
 * two-space indent, LF line ends on every platform, dates as ISO strings, absent values omitted and a
 * final newline, so identical inputs give identical bytes.
 */
public final class DeterministicJson {

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private DeterministicJson() {
    }

    /** @throws IllegalStateException when {@code value} cannot be serialised (a programming error) */
    public static byte[] toBytes(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(value, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a byte array
        }
        return bytes.toByteArray();
    }

    /**
     * Streams the JSON to {@code out} (UTF-8, left open), so a file of any size is never held as one
     * String (which Java caps at 2^31 characters).
     *
     * @throws IllegalStateException when {@code value} cannot be serialised (a programming error)
     * @throws IOException           when writing fails
     */
    public static void write(Object value, OutputStream out) throws IOException {
        try {
            WRITER.writeValue(out, value);
        } catch (InvalidDefinitionException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " is not serialisable", e);
        }
        out.write('\n');
    }
}
