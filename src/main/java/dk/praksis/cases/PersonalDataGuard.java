package dk.praksis.cases;

import dk.praksis.errors.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks for personal data in every text of a case. Reports name the file, place, case, field and
 * kind of data, never the value; the masked case replaces each finding with e.g. "[CPR-nummer fjernet]".
 */
public final class PersonalDataGuard {

    private final PersonalDataDetector detector;
    /**
     * Each distinct id that had to be masked, numbered in reading order: two cases whose ids held
     * different CPR numbers stay two cases ("[CPR-nummer fjernet] #1", "… #2") without a trace of the
     * numbers (no hash, which could be reversed by trying every birth date), and the same id twice is
     * still reported as a duplicate. One guard serves one read.
     */
    private final Map<String, Integer> maskedIds = new HashMap<>();

    public PersonalDataGuard(PersonalDataDetector detector) {
        this.detector = detector;
    }

    /**
     * @param masked   the case with every finding masked (the same values when nothing was found)
     * @param problems one per field and kind found
     * @param maskedValues how many values were found (and masked)
     */
    public record Result(Case masked, List<Problem> problems, int maskedValues) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    public Result check(Case c) {
        List<Finding> found = new ArrayList<>();
        Case masked = CaseTexts.rewrite(c, (fieldPath, text, isName) -> {
            if (text == null) {
                return null;
            }
            List<PersonalDataDetector.Finding> findings = detector.find(text);
            if (findings.isEmpty()) {
                return text;
            }
            Set<PersonalDataDetector.Kind> kinds = EnumSet.noneOf(PersonalDataDetector.Kind.class);
            findings.forEach(f -> kinds.add(f.kind()));
            String path = fieldPath.get();
            found.add(new Finding(path, isName, kinds, findings.size()));
            String replaced = detector.mask(text, findings);
            if (path.equals(CasePaths.ID) && !isName) {
                replaced += " #" + maskedIds.computeIfAbsent(text, t -> maskedIds.size() + 1);
            }
            return replaced;
        });
        List<Problem> problems = new ArrayList<>();
        int count = 0;
        for (Finding f : found) {
            count += f.count();
            for (PersonalDataDetector.Kind kind : f.kinds()) {
                String field = f.isName() ? "et navn i " + f.path() : f.path();
                problems.add(new Problem(c.origin().where(f.path()), masked.id(),
                        field + " indeholder " + kind.withArticle() + "; fjern det fra filen, eller kør med"
                                + " --masker for at erstatte det med \"" + kind.mask() + "\""));
            }
        }
        return new Result(masked, problems, count);
    }

    /**
     * Problems for one text outside a case, such as a cell of a population list: each names the place,
     * the field and the kind of data found, never the value. There is no masking here: a list that
     * carries personal data must be fixed at its source.
     */
    public List<Problem> checkText(String where, String field, String text) {
        Set<PersonalDataDetector.Kind> kinds = EnumSet.noneOf(PersonalDataDetector.Kind.class);
        detector.find(text).forEach(f -> kinds.add(f.kind()));
        return kinds.stream().map(kind -> new Problem(where, null, field + " indeholder " + kind.withArticle()
                + "; fjern det fra filen")).toList();
    }

    private record Finding(String path, boolean isName, Set<PersonalDataDetector.Kind> kinds, int count) {
    }
}
