package dk.praksis.cases;

import dk.praksis.errors.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How cases are read.
 *
 * @param maskPersonalData continue when personal data is found, masking it in every output
 *                         (instead of refusing with exit 4)
 * @param extraPatterns    names or regular expressions the board supplies as personal data
 */
public record CaseReadOptions(boolean maskPersonalData, List<String> extraPatterns) {

    public static final CaseReadOptions DEFAULT = new CaseReadOptions(false, List.of());

    public CaseReadOptions {
        extraPatterns = List.copyOf(extraPatterns);
    }

    /**
     * The options as the command line gives them: the board's name list is a UTF-8 file with one
     * name or /pattern/ per line; blank lines and lines starting with # are skipped.
     *
     * @param nameList the file, or null for none
     * @throws InvalidInputException when the file cannot be read
     */
    public static CaseReadOptions of(boolean maskPersonalData, Path nameList) {
        if (nameList == null) {
            return new CaseReadOptions(maskPersonalData, List.of());
        }
        try {
            return new CaseReadOptions(maskPersonalData, Files.readAllLines(nameList, StandardCharsets.UTF_8).stream()
                    .map(s -> s.replace("\uFEFF", "").strip())
                    .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .toList());
        } catch (IOException e) {
            throw new InvalidInputException(nameList.toString(),
                    "navnelisten kan ikke læses (findes filen, og er den UTF-8?)");
        }
    }

    /**
     * The detector for these options: the standard kinds and the board's names.
     *
     * @throws InvalidInputException when a /pattern/ on the name list is not a valid regular expression
     */
    public PersonalDataDetector detector() {
        try {
            return new PersonalDataDetector(extraPatterns);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("navnelisten", e.getMessage());
        }
    }
}
