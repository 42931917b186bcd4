package dk.praksis.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dk.praksis.boardtext.BoardTextFiles;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.Quoted;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.Nearest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit file's {@code tekst:} block: which Markdown file holds each part of the board's text.
 * <pre>
 * tekst:
 *   forord: tekst/forord.md
 *   resumé: tekst/resume.md            # resumé og anbefalinger
 *   indledning: tekst/indledning.md
 *   regler_og_praksis: tekst/regler.md
 *   temaer: {VV: tekst/tema-vv.md}     # checklist section id: file
 *   anbefalinger: tekst/anbefalinger.md
 *   kommuner: {Ærø: tekst/aeroe.md}    # kommune name or code: file
 * </pre>
 */
final class TextBlockReader {

    static final String KEY = "tekst";
    private static final List<String> PARTS = List.of("forord", "resumé", "indledning", "regler_og_praksis", "temaer",
            "anbefalinger", "kommuner");
    private static final Map<String, String> ALIASES = Map.of("resume", "resumé", "regler", "regler_og_praksis");
    private static final KommuneRegister KOMMUNER = KommuneRegister.standard();

    private final AuditFileLoader.Reader reader;

    TextBlockReader(AuditFileLoader.Reader reader) {
        this.reader = reader;
    }

    BoardTextFiles read() {
        Optional<JsonNode> block = reader.node(KEY);
        if (block.isEmpty()) {
            return BoardTextFiles.NONE;
        }
        if (!block.get().isObject()) {
            reader.problem(KEY, "tekst skal være en blok med de dele af rapportens tekst, der er skrevet: "
                    + String.join(", ", PARTS));
            return BoardTextFiles.NONE;
        }
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        block.get().fields().forEachRemaining(e -> {
            String part = ALIASES.getOrDefault(e.getKey(), e.getKey());
            if (PARTS.contains(part)) {
                parts.put(part, e.getValue());
            } else {
                List<String> near = Nearest.to(e.getKey(), PARTS, DanishLetters::fold);
                reader.problem(KEY + "/" + e.getKey(), "ukendt del af teksten " + Quoted.of(e.getKey(), near)
                        + "; delene er " + String.join(", ", PARTS) + "." + Nearest.phrase(near));
            }
        });
        return new BoardTextFiles(file(parts, "forord"), file(parts, "resumé"), file(parts, "indledning"),
                file(parts, "regler_og_praksis"), themes(parts.get("temaer")), file(parts, "anbefalinger"),
                kommuner(parts.get("kommuner")));
    }

    private Path file(Map<String, JsonNode> parts, String part) {
        JsonNode n = parts.get(part);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            reader.problem(KEY, "tekst." + part + " skal være en Markdown-fil, fx tekst/" + part + ".md");
            return null;
        }
        return reader.resolve(n.asText());
    }

    private Map<String, Path> themes(JsonNode n) {
        Map<String, Path> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            reader.problem(KEY, "tekst.temaer skal være en blok med måleskemaets afsnit og en fil til hvert, fx VV: tekst/vv.md");
            return out;
        }
        n.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                reader.problem(KEY, "tekst.temaer." + e.getKey() + " skal være en Markdown-fil");
            } else {
                out.put(e.getKey(), reader.resolve(e.getValue().asText()));
            }
        });
        return out;
    }

    private Map<String, Path> kommuner(JsonNode n) {
        Map<String, Path> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            reader.problem(KEY, "tekst.kommuner skal være en blok med kommune: Markdown-fil");
            return out;
        }
        n.fields().forEachRemaining(e -> {
            Optional<Kommune> k = KOMMUNER.find(e.getKey());
            if (k.isEmpty()) {
                List<String> near = KOMMUNER.suggestions(e.getKey());
                reader.problem(KEY, "ukendt kommune " + Quoted.of(e.getKey(), near) + " i tekst.kommuner."
                        + Nearest.phrase(near));
            } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                reader.problem(KEY, "tekst.kommuner." + e.getKey() + " skal være en Markdown-fil");
            } else if (out.put(k.get().kode(), reader.resolve(e.getValue().asText())) != null) {
                reader.problem(KEY, "kommunen " + k.get().navn() + " står to gange i tekst.kommuner");
            }
        });
        return out;
    }
}
