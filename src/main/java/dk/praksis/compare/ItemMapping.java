package dk.praksis.compare;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.errors.FilePlace;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Declared correspondences between items of consecutive audit years whose ids or rules differ,
 * read from a YAML mapping such as {@code {2010/AP2: 2011/AP2b}} (docs/sammenligning.md).
 */
public record ItemMapping(List<Entry> entries) {

    /** One correspondence; {@code where} is "file:line:column" for messages. */
    public record Entry(YearItem from, YearItem to, String where) {
    }

    public ItemMapping {
        entries = List.copyOf(entries);
    }

    public static ItemMapping none() {
        return new ItemMapping(List.of());
    }

    public Optional<YearItem> target(YearItem from) {
        return entries.stream().filter(e -> e.from().equals(from)).map(Entry::to).findFirst();
    }

    public boolean isTarget(YearItem item) {
        return entries.stream().anyMatch(e -> e.to().equals(item));
    }

    /** Reads a flat YAML mapping of "år/id: år/id"; every malformed entry is reported with its place. */
    public static ItemMapping read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), "mappingfilen findes ikke");
        }
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return none();
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidInputException(FilePlace.of(file.toString(), p.currentLocation()),
                        "mappingfilen skal være en liste af linjer som \"2010/AP2: 2011/AP2b\"");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String place = FilePlace.of(file.toString(), p.currentTokenLocation());
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (!value.isScalarValue()) {
                    problems.add(new Problem(place, null, "værdien for " + key + " skal være ét spørgsmål som \"2011/AP2b\""));
                    p.skipChildren();
                    continue;
                }
                YearItem from = YearItem.parse(key);
                YearItem to = YearItem.parse(p.getValueAsString(""));
                if (from == null || to == null) {
                    problems.add(new Problem(place, null, "skriv hvert spørgsmål som år/id, fx \"2010/AP2: 2011/AP2b\""));
                } else if (entries.stream().anyMatch(e -> e.from().equals(from))) {
                    problems.add(new Problem(place, null, from + " er angivet mere end én gang"));
                } else {
                    entries.add(new Entry(from, to, place));
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException e) {
            JsonLocation loc = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getLocation() : null;
            throw new InvalidInputException(FilePlace.of(file.toString(), loc),
                    "mappingfilen er ikke gyldig YAML");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ItemMapping(entries);
    }
}
