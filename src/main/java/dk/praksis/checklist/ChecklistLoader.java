package dk.praksis.checklist;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.io.OwnThread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Loads and validates a checklist file: YAML syntax, then the JSON Schema, then the checks a
 * schema cannot express. Every problem of the file is collected before anything is thrown.
 */
public final class ChecklistLoader {

    private ChecklistLoader() {
    }

    /**
     * Starts building the checklist JSON Schema's validator on a daemon thread of its own, for a command that
     * is about to load a checklist: building it is the dearest part of a first load (networknt's keywords and
     * formats, a tenth of a second or more in a new JVM), and the command reads its other files meanwhile. The
     * first {@link #load} then finds it built, or waits for it; a failure shows there, as it would have.
     */
    public static void prepare() {
        OwnThread.prepare("praksis-skema", ChecklistSchema::instance);
    }

    /**
     * @throws InvalidInputException listing every problem with file:line:column and item id
     */
    public static Checklist load(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, "filen findes ikke");
        } catch (IOException e) {
            throw new InvalidInputException(source, "filen kan ikke læses (" + e.getClass().getSimpleName() + ")");
        }
        ProblemCollector problems = new ProblemCollector(source);
        Optional<LocatedYaml> doc = LocatedYaml.read(bytes, problems);
        if (doc.isEmpty()) {
            throw new InvalidInputException(problems.problems());
        }
        if (!doc.get().root().isObject()) {
            problems.at(doc.get().root(), null, "et måleskema skal være en blok af nøgler (id, version, titel, ...)");
            throw new InvalidInputException(problems.problems());
        }
        ChecklistSchema.instance().check(doc.get(), problems);
        Checklist checklist = new ChecklistBuilder(doc.get().root(), problems).build(source, sha256(bytes));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.problems());
        }
        return checklist;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
