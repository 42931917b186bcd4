package dk.praksis.cases;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.cases.SourceNode.Entry;
import dk.praksis.checklist.YamlAliases;
import dk.praksis.checklist.YamlSyntax;
import dk.praksis.errors.FilePlace;
import dk.praksis.errors.Problem;
import dk.praksis.io.ParserLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The canonical case form in YAML (.yaml, .yml) or JSON (.json): one case, or {@code sager: [...]}.
 * See docs/cases.md for the keys.
 */
public final class CanonicalCaseFormat implements CaseFormat {

    static final String CASES = "sager";

    /**
     * The largest case file read (a whole kommune's year is a few MB); larger is split into several
     * files. SnakeYAML's own default stops at 3 MB, which real files exceed.
     */
    static final int MAX_FILE_BYTES = 256 * 1024 * 1024;
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).build();
    private static final JsonFactory JSON = new JsonFactory();

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
        String text = text(file, shown, problems);
        List<Mapped> cases = text == null ? null : parse(text, shown, problems);
        if (cases == null) {
            return;
        }
        for (Mapped m : cases) {
            problems.addAll(m.problems());
            if (m.mapped() != null) {
                sink.accept(m.mapped());
            }
        }
    }

    /** One case as mapped while reading, with the problems its mapping found; {@code mapped} null when none. */
    private record Mapped(Case mapped, List<Problem> problems) {
    }

    private Mapped map(String shown, SourceNode node) {
        List<Problem> own = new ArrayList<>(0);
        return new Mapped(new CanonicalCaseMapper(shown, kommuner, own).map(node), own);
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_FILE_BYTES);
        return options;
    }

    /** The file's text (UTF-8, a byte order mark dropped), or null after reporting why not. */
    private static String text(Path file, String shown, List<Problem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new Problem(shown, null, "filen er på " + Files.size(file) / (1024 * 1024) + " MB; praksis"
                        + " læser højst " + MAX_FILE_BYTES / (1024 * 1024) + " MB pr. sagsfil. Del sagerne i flere filer"
                        + " (alle filer i en mappe læses)"));
                return null;
            }
            String text = UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(new Problem(shown, null, "filen er ikke gemt som UTF-8; gem den igen som UTF-8"));
        } catch (IOException e) {
            problems.add(new Problem(shown, null, "filen kan ikke læses (" + e.getClass().getSimpleName() + ")"));
        }
        return null;
    }

    /**
     * The file's cases, each mapped as soon as its node is read, or null after reporting a syntax error or an
     * empty file (then no case of the file counts). The file's own problems come first, then each case's.
     */
    private List<Mapped> parse(String text, String shown, List<Problem> problems) {
        boolean json = shown.toLowerCase(Locale.ROOT).endsWith(".json");
        JsonFactory factory = json ? JSON : YAML;
        List<Entry> duplicates = new ArrayList<>();
        List<Mapped> cases = new ArrayList<>();
        List<Problem> rootProblems;
        // Parsing from characters, not bytes, so columns count letters (æ, ø, å are two bytes each).
        try (JsonParser p = factory.createParser(text)) {
            try {
                if (p.nextToken() == null) {
                    problems.add(new Problem(shown, null, "filen er tom; den skal indeholde en sag eller sager: [...]"));
                    return null;
                }
                rootProblems = CaseNodes.read(p, shown, duplicates, node -> cases.add(map(shown, node)));
                if (p.nextToken() != null) {
                    problems.add(new Problem(FilePlace.of(shown, p.currentTokenLocation()), null,
                            "filen fortsætter efter den første sag eller liste (fx et nyt YAML-dokument efter ---);"
                                    + " skriv alle sager i én liste under sager:"));
                }
            } catch (StreamConstraintsException e) {
                // The place where the parser stopped: the exception itself often has none.
                problems.add(new Problem(FilePlace.of(shown, p.currentLocation()), null, ParserLimits.MESSAGE));
                return null;
            }
        } catch (SourceNode.AliasException e) {
            problems.add(new Problem(shown + ":" + e.place.text(), null, YamlAliases.MESSAGE));
            return null;
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the text around the error: show only the place, and for
            // YAML SnakeYAML's exact place with a Danish explanation when there is one.
            String generic = (json ? "ugyldig JSON" : "ugyldig YAML")
                    + " her; ret opsætningen (indrykning, kolon, anførselstegn)";
            Optional<YamlSyntax.Error> syntax = json ? Optional.empty() : YamlSyntax.of(e);
            problems.add(syntax.map(s -> new Problem(FilePlace.of(shown, s.line(), s.column()), null,
                            s.explained() ? s.message() : generic))
                    .orElseGet(() -> new Problem(FilePlace.of(shown, e.getLocation()), null, generic)));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(shown, null, "filen kan ikke læses (" + e.getClass().getSimpleName() + ")"));
            return null;
        }
        for (Entry d : duplicates) {
            problems.add(new Problem(shown + ":" + d.keyPlace().text(), null, "nøglen " + Quoted.of(d.key())
                    + " står mere end én gang i samme sag eller afsnit"));
        }
        problems.addAll(rootProblems);
        return cases;
    }
}
