package dk.praksis.cases;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.cases.SourceNode.Entry;
import dk.praksis.cases.SourceNode.Mapping;
import dk.praksis.cases.SourceNode.Sequence;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The canonical case form in YAML (.yaml, .yml) or JSON (.json): one case, or {@code sager: [...]}.
 * See docs/cases.md for the keys.
 */
public final class CanonicalCaseFormat implements CaseFormat {

    static final String CASES = "sager";

    private final KommuneRegister kommuner;

    public CanonicalCaseFormat() {
        this(KommuneRegister.standard());
    }

    public CanonicalCaseFormat(KommuneRegister kommuner) {
        this.kommuner = kommuner;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    @Override
    public void read(Path file, Consumer<Case> sink, List<Problem> problems) {
        String shown = file.toString();
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        SourceNode root;
        List<Entry> duplicates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = factory.createParser(in)) {
            if (p.nextToken() == null) {
                problems.add(new Problem(shown, null, "filen er tom; den skal indeholde en sag eller sager: [...]"));
                return;
            }
            root = SourceNode.read(p, duplicates);
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the text around the error: show only the place.
            problems.add(new Problem(shown + place(e.getLocation()), null,
                    (json ? "ugyldig JSON" : "ugyldig YAML") + " her; ret opsætningen (indrykning, kolon, anførselstegn)"));
            return;
        } catch (IOException e) {
            problems.add(new Problem(shown, null, "filen kan ikke læses (" + e.getClass().getSimpleName() + ")"));
            return;
        }
        for (Entry d : duplicates) {
            problems.add(new Problem(shown + ":" + d.keyPlace(), null, "nøglen " + Quoted.of(d.key())
                    + " står mere end én gang i samme sag eller afsnit"));
        }
        for (SourceNode node : caseNodes(shown, root, problems)) {
            Case c = new CanonicalCaseMapper(shown, kommuner, problems).map(node);
            if (c != null) {
                sink.accept(c);
            }
        }
    }

    /** The case nodes of a file: the items of {@code sager}, a top-level list, or the file as one case. */
    private static List<SourceNode> caseNodes(String shown, SourceNode root, List<Problem> problems) {
        if (root instanceof Sequence s) {
            return s.items();
        }
        if (root instanceof Mapping m && m.entries().containsKey(CASES)) {
            for (Entry e : m.entries().values()) {
                if (!e.key().equals(CASES)) {
                    problems.add(new Problem(shown + ":" + e.keyPlace(), null, "ukendt nøgle " + Quoted.of(e.key())
                            + " ved siden af sager; alt om en sag skal stå inde i sagen"));
                }
            }
            SourceNode cases = m.entries().get(CASES).value();
            if (cases instanceof Sequence s) {
                return s.items();
            }
            problems.add(new Problem(shown + ":" + cases.place(), null, "sager skal være en liste af sager"));
            return List.of();
        }
        return List.of(root);
    }

    private static String place(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }
}
