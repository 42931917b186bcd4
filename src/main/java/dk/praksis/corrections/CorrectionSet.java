package dk.praksis.corrections;

import dk.praksis.cases.Case;
import dk.praksis.cases.ItemApplicability;
import dk.praksis.cases.Review;
import dk.praksis.checklist.Checklist;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The corrections of one file, checked row by row against the checklist, to be applied to the cases. */
public final class CorrectionSet {

    /** No corrections file: every case passes unchanged. */
    public static final CorrectionSet NONE = new CorrectionSet(null, List.of());

    private final Checklist checklist;
    private final Map<String, List<Correction>> byCase = new LinkedHashMap<>();

    CorrectionSet(Checklist checklist, List<Correction> corrections) {
        this.checklist = checklist;
        corrections.forEach(c -> byCase.computeIfAbsent(c.caseId(), id -> new ArrayList<>()).add(c));
    }

    public boolean isEmpty() {
        return byCase.isEmpty();
    }

    /** A fresh application to one run's cases. */
    public Applier applier() {
        return new Applier();
    }

    /**
     * Applies the corrections to the cases of one run as they stream in, and at the end says which could not be
     * applied. One applier serves one run.
     */
    public final class Applier {
        private final List<AppliedCorrection> applied = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();

        private Applier() {
        }

        /** The case with its corrections applied to the reviewer's answers and verdict; unchanged when it has none. */
        public Case apply(Case c) {
            List<Correction> list = byCase.get(c.id());
            if (list == null) {
                return c;
            }
            seen.add(c.id());
            Review r = c.review();
            Map<String, String> answers = new LinkedHashMap<>(r.answers());
            String verdict = r.verdict();
            for (Correction k : list) {
                String before = k.isVerdict() ? verdict : answers.get(k.itemId());
                if (!k.isVerdict()) {
                    Optional<String> notApplicable = checklist.item(k.itemId())
                            .flatMap(i -> ItemApplicability.notApplicableReason(i, c));
                    if (notApplicable.isPresent()) {
                        problems.add(new Problem(k.place().itemCell(), c.id(), k.itemId() + " gælder ikke for sagen: "
                                + notApplicable.get() + " Der er derfor intet svar at rette"));
                        continue;
                    }
                }
                if (k.answer().equals(before)) {
                    problems.add(new Problem(k.place().answerCell(), c.id(), "det nye svar er det samme som det"
                            + " oprindelige (" + k.answer() + "); fjern rækken, eller skriv det rettede svar"));
                    continue;
                }
                if (k.isVerdict()) {
                    verdict = k.answer();
                } else {
                    answers.put(k.itemId(), k.answer());
                }
                applied.add(new AppliedCorrection(k, c.kommune(), before));
            }
            return c.withReview(new Review(r.reviewer(), answers, r.reasons(), verdict, r.remark()));
        }

        /**
         * @return every correction applied, by case id and then in the file's order
         * @throws InvalidInputException naming the row of each correction to a case the audit does not have, or
         *                               one that could not be applied
         */
        public List<AppliedCorrection> finish() {
            byCase.forEach((id, list) -> {
                if (!seen.contains(id)) {
                    problems.add(new Problem(list.get(0).place().caseCell(), id, "sagen findes ikke blandt"
                            + " undersøgelsens sager; ret sagens id, eller fjern rækken"));
                }
            });
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            List<AppliedCorrection> out = new ArrayList<>(applied);
            out.sort(Comparator.comparing(AppliedCorrection::caseId));
            return List.copyOf(out);
        }
    }
}
