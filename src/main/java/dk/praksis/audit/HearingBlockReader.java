package dk.praksis.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The audit file's {@code rettelser:} (the corrections file after høring) and {@code høring:} block (the høring
 * letter the draft's package carries):
 * <pre>
 * rettelser: rettelser.csv
 * høring:
 *   frist: 2015-02-02        # the kommuner's deadline for comments
 *   brevdato: 2015-01-12
 *   brev: hoeringsbrev.md    # optional Markdown template
 * </pre>
 */
final class HearingBlockReader {

    static final String CORRECTIONS = "rettelser";
    static final String KEY = "høring";
    private static final List<String> PARTS = List.of("frist", "brevdato", "brev");

    private final AuditFileLoader.Reader reader;

    HearingBlockReader(AuditFileLoader.Reader reader) {
        this.reader = reader;
    }

    Hearing read() {
        Path corrections = reader.node(CORRECTIONS).filter(n -> isText(n, CORRECTIONS))
                .map(n -> reader.resolve(n.asText())).orElse(null);
        Optional<JsonNode> block = reader.node(KEY);
        if (block.isEmpty()) {
            return new Hearing(false, corrections, null, null, null);
        }
        if (!block.get().isObject()) {
            reader.problem(KEY, "høring skal være en blok med frist, brevdato og brev");
            return new Hearing(false, corrections, null, null, null);
        }
        reader.unknownKeys(block.get(), KEY, PARTS, "frist, brevdato og brev");
        JsonNode letter = block.get().get("brev");
        Path template = letter != null && isText(letter, KEY + "/brev") ? reader.resolve(letter.asText()) : null;
        return new Hearing(false, corrections, reader.blockDate(block.get(), KEY, "frist"),
                reader.blockDate(block.get(), KEY, "brevdato"), template);
    }

    private boolean isText(JsonNode n, String key) {
        if (n.isTextual() && !n.asText().isBlank()) {
            return true;
        }
        reader.problem(key, key.replace('/', '.') + " skal være navnet på en fil, relativt til undersøgelsesfilen");
        return false;
    }
}
