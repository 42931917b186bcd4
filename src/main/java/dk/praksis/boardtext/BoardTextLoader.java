package dk.praksis.boardtext;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads the board's Markdown files, checks them, and refuses the run when one is missing, invalid or holds personal data. */
public final class BoardTextLoader {

    private final PersonalDataDetector detector;
    private final boolean mask;
    private final List<Problem> invalid = new ArrayList<>();
    private final List<Problem> personal = new ArrayList<>();

    private BoardTextLoader(PersonalDataDetector detector, boolean mask) {
        this.detector = detector;
        this.mask = mask;
    }

    /** As {@link #load(BoardTextFiles, PersonalDataDetector, boolean)}, with the detector and masking the cases get. */
    public static BoardText load(BoardTextFiles files, CaseReadOptions options) {
        if (files.isEmpty()) {
            return BoardText.NONE;
        }
        PersonalDataDetector detector;
        try {
            detector = new PersonalDataDetector(options.extraPatterns());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("navnelisten", e.getMessage());
        }
        return load(files, detector, options.maskPersonalData());
    }

    /**
     * @param mask replace personal data (as {@code --masker} does for cases) instead of refusing
     * @throws PersonalDataException a text holds personal data and {@code mask} is false (exit 4)
     * @throws InvalidInputException a file is missing, not UTF-8, or uses what a report cannot show (exit 3)
     */
    public static BoardText load(BoardTextFiles files, PersonalDataDetector detector, boolean mask) {
        BoardTextLoader loader = new BoardTextLoader(detector, mask);
        Map<String, Prose> themes = new LinkedHashMap<>();
        files.themes().forEach((id, f) -> themes.put(id, loader.read(f)));
        Map<String, Prose> kommuner = new LinkedHashMap<>();
        files.kommuner().forEach((kode, f) -> kommuner.put(kode, loader.read(f)));
        BoardText text = new BoardText(loader.read(files.foreword()), loader.read(files.summary()),
                loader.read(files.introduction()), loader.read(files.rules()), themes,
                loader.read(files.recommendations()), kommuner);
        if (!loader.personal.isEmpty()) {
            List<Problem> all = new ArrayList<>(loader.personal);
            all.addAll(loader.invalid);
            throw new PersonalDataException(all);
        }
        if (!loader.invalid.isEmpty()) {
            throw new InvalidInputException(loader.invalid);
        }
        return text;
    }

    /**
     * Every theme text must belong to a section of the checklist and every cited case must be in the audit.
     *
     * @param auditFile the audit file, named in the message about theme keys
     * @throws InvalidInputException naming the audit file or file:line of each citation of an unknown case
     */
    public static void requireKnown(BoardText text, String auditFile, Collection<String> sectionIds,
                                    Collection<String> caseIds) {
        List<Problem> problems = new ArrayList<>();
        Set<String> sections = new TreeSet<>(sectionIds);
        text.themes().keySet().stream().filter(id -> !sections.contains(id)).forEach(id -> problems.add(
                new Problem(auditFile, null, "tekst.temaer nævner afsnittet " + id + ", som måleskemaet ikke har; "
                        + "afsnittene er " + String.join(", ", sectionIds))));
        Set<String> cases = Set.copyOf(caseIds);
        for (Prose p : text.all()) {
            for (Block.Example e : p.examples()) {
                if (!cases.contains(e.caseId())) {
                    problems.add(new Problem(e.where(), null, "teksten henviser til sag " + e.caseId()
                            + ", som ikke er blandt undersøgelsens sager; ret sagsnummeret"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Prose read(Path file) {
        if (file == null) {
            return null;
        }
        String label = label(file);
        String markdown;
        try {
            byte[] bytes = Files.readAllBytes(file);
            markdown = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            invalid.add(new Problem(label, null, "teksten skal være gemt som UTF-8"));
            return null;
        } catch (IOException e) {
            invalid.add(new Problem(label, null, "tekstfilen kan ikke læses (findes den?)"));
            return null;
        }
        MarkdownReader reader = new MarkdownReader(label, detector, mask);
        Prose prose = reader.read(markdown);
        invalid.addAll(reader.invalid);
        personal.addAll(reader.personal);
        return prose;
    }

    /** The file relative to the working folder when it lies below it, as the user would type it. */
    private static String label(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
    }
}
