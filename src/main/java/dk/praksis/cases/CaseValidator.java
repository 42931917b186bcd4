package dk.praksis.cases;

import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemType;
import dk.praksis.errors.Problem;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.ControlCharacters;
import dk.praksis.text.DanishList;
import dk.praksis.text.Nearest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one case against the checklist, whatever format it came from: required facts, dates in
 * order, answers on the item's scale, answers to every reviewer item that applies, a known verdict.
 * Ids unique across files are checked by {@code cases.files.CaseFiles}, which sees every case.
 */
public final class CaseValidator {

    private final Checklist checklist;
    private final Set<String> verdicts;
    private final Map<String, Set<String>> documentElements;
    /** Looked up for every case, so found once: the items by id (first of a versioned id), in checklist order. */
    private final Map<String, Item> itemsById = new LinkedHashMap<>();
    private final List<Item> judgementItems;
    private final Set<String> nonCountingPeriodTypes;

    public CaseValidator(Checklist checklist) {
        this.checklist = checklist;
        checklist.items().forEach(i -> itemsById.putIfAbsent(i.id(), i));
        this.judgementItems = checklist.items().filter(i -> i.type() == ItemType.VURDERING).toList();
        this.nonCountingPeriodTypes = checklist.nonCountingPeriodTypes();
        Set<String> v = new LinkedHashSet<>();
        checklist.consequences().stream().map(Consequence::id).forEach(v::add);
        v.add(Checklist.VERDICT_OK);
        v.add(Checklist.VERDICT_UNASSESSABLE);
        this.verdicts = Set.copyOf(v);
        Map<String, Set<String>> elements = new LinkedHashMap<>();
        checklist.items().map(Item::spec).filter(ItemSpec.Completeness.class::isInstance)
                .map(ItemSpec.Completeness.class::cast)
                .forEach(c -> elements.computeIfAbsent(c.document(), d -> new LinkedHashSet<>()).addAll(c.elements()));
        this.documentElements = elements;
    }

    public List<Problem> validate(Case c) {
        Checks checks = new Checks(c);
        checks.required();
        checks.periods();
        checks.courses();
        checks.documents();
        checks.answers(c.review(), CasePaths.ReviewPaths.FIRST);
        checks.verdict(c.review(), CasePaths.ReviewPaths.FIRST);
        if (c.doubleReviewed()) {
            checks.secondReview();
            checks.answers(c.secondReview(), CasePaths.ReviewPaths.SECOND);
            checks.verdict(c.secondReview(), CasePaths.ReviewPaths.SECOND);
        }
        return checks.problems;
    }

    /** The checks of one case, sharing its origin and id. */
    private final class Checks {
        private final Case c;
        private final List<Problem> problems = new ArrayList<>();

        Checks(Case c) {
            this.c = c;
        }

        void required() {
            if (c.id() == null || c.id().isBlank()) {
                problem(CasePaths.ID, "sagen har ikke noget id; giv hver sag et anonymt id, fx SYD10-0417");
            } else if (ControlCharacters.any(c.id())) {
                problem(CasePaths.ID, "sags-id'et indeholder et styretegn (fx linjeskift, tabulator, escape-tegn eller et"
                        + " tegn, der vender skriveretningen); giv sagen et id med synlige tegn alene, fx SYD10-0417");
            }
            if (c.kommune() == null) {
                problem(CasePaths.KOMMUNE, "kommune mangler");
            }
            if (c.caseType() == null || c.caseType().isBlank()) {
                problem(CasePaths.CASE_TYPE, "sagstype mangler; måleskemaet kender "
                        + DanishList.or(checklist.caseTypes().keySet()));
            } else if (!checklist.caseTypes().containsKey(c.caseType())) {
                List<String> near = Nearest.to(c.caseType(), checklist.caseTypes().keySet());
                problem(CasePaths.CASE_TYPE, "ukendt sagstype " + Quoted.of(c.caseType(), near) + "; måleskemaet kender "
                        + DanishList.or(checklist.caseTypes().keySet()) + "." + Nearest.phrase(near));
            }
            Decision d = c.decision();
            if (d == null) {
                problem(CasePaths.DECISION, "afgørelse mangler; skriv afgørelsens dato, eller at sagen ikke indeholder en afgørelse");
            } else if (d.present() && d.date() == null) {
                problem(CasePaths.DECISION_DATE, "afgørelsens dato mangler (afgørelsen foreligger)");
            }
        }

        void periods() {
            List<Integer> started = new ArrayList<>();
            for (int i = 0; i < c.periods().size(); i++) {
                DatedPeriod p = c.periods().get(i);
                String path = CasePaths.period(i);
                if (p.type() == null || p.type().isBlank()) {
                    problem(path + ".type", path + " mangler en type, fx ledighedsydelse");
                }
                if (p.from() == null) {
                    problem(path + ".fra", path + " mangler en startdato (fra)");
                } else if (p.to() != null && p.to().isBefore(p.from())) {
                    problem(path + ".til", path + " slutter (til) før den begynder (fra)");
                } else {
                    started.add(i);
                }
            }
            // Periods describe one citizen's history: two at the same time cannot both be true, except a
            // period of a type the checklist never counts (e.g. barsel), which marks days inside another.
            Set<String> overlays = nonCountingPeriodTypes;
            // A period without a type is already reported; which it overlaps says nothing more.
            started.removeIf(i -> c.periods().get(i).type() == null || overlays.contains(c.periods().get(i).type()));
            started.sort(Comparator.comparing((Integer i) -> c.periods().get(i).from()).thenComparing(i -> i));
            for (int a = 0; a < started.size(); a++) {
                for (int b = a + 1; b < started.size(); b++) {
                    DatedPeriod first = c.periods().get(started.get(a));
                    DatedPeriod second = c.periods().get(started.get(b));
                    if (first.to() == null || !second.from().isAfter(first.to())) {
                        int later = Math.max(started.get(a), started.get(b));
                        int earlier = Math.min(started.get(a), started.get(b));
                        problem(CasePaths.period(later), CasePaths.period(later) + " overlapper " + CasePaths.period(earlier)
                                + " (" + c.origin().where(CasePaths.period(earlier)) + ")");
                    }
                }
            }
        }

        void courses() {
            c.courses().forEach((name, entries) -> {
                for (int i = 0; i < entries.size(); i++) {
                    CourseEntry e = entries.get(i);
                    String path = CasePaths.course(name, i);
                    if (e.from() == null) {
                        problem(path + ".fra", path + " mangler en startdato (fra)");
                    } else if (e.to() != null && e.to().isBefore(e.from())) {
                        problem(path + ".til", path + " slutter (til) før den begynder (fra)");
                    }
                    if (e.hoursPerWeek() != null && (e.hoursPerWeek() < 0 || e.hoursPerWeek() > 168)) {
                        problem(path + ".timer_pr_uge", path + ": timer pr. uge skal være mellem 0 og 168");
                    }
                }
            });
        }

        void documents() {
            c.documents().forEach((name, doc) -> {
                Set<String> known = documentElements.get(name);
                if (known == null) {
                    return;
                }
                for (String element : doc.elements().keySet()) {
                    if (!known.contains(element)) {
                        List<String> near = Nearest.to(element, known, DanishLetters::fold);
                        problem(CasePaths.document(name) + "." + element, "ukendt element " + Quoted.of(element, near)
                                + " i " + CasePaths.document(name) + "." + Nearest.phrase(near));
                    }
                }
            });
        }

        /**
         * A second answer set calibrates only when it is another reviewer's complete judgement: its own reviewer
         * code and an overall verdict (answers are checked as the first set's are).
         */
        void secondReview() {
            CasePaths.ReviewPaths p = CasePaths.ReviewPaths.SECOND;
            String second = c.secondReview().reviewer();
            if (second == null || second.isBlank()) {
                problem(p.reviewer(), "den anden bedømmers kode mangler; skriv fx R2 i " + p.reviewer());
            } else if (second.strip().equalsIgnoreCase(java.util.Objects.toString(c.review().reviewer(), "").strip())) {
                problem(p.reviewer(), "den anden vurdering har samme bedømmer som den første; en dobbeltbedømmelse"
                        + " skal foretages af en anden bedømmer");
            }
            String verdict = c.secondReview().verdict();
            if (verdict == null || verdict.isBlank()) {
                problem(p.verdict(), "den anden bedømmers samlede vurdering mangler; uden den kan enigheden om"
                        + " sagens vurdering ikke opgøres");
            }
        }

        void answers(Review review, CasePaths.ReviewPaths paths) {
            Map<String, String> answers = review.answers();
            Set<String> itemIds = itemsById.keySet();
            review.reasons().keySet().forEach(itemId -> judgementItem(itemId, paths.reason(itemId), itemIds,
                    "begrundelse til", "; det har ingen bedømmers svar at begrunde"));
            answers.forEach((itemId, answer) -> {
                String path = paths.answer(itemId);
                Item item = judgementItem(itemId, path, itemIds, "svar på", "; det skal ikke besvares");
                if (item != null) {
                    ItemSpec.Assessment a = (ItemSpec.Assessment) item.spec();
                    AnswerScale scale = checklist.scales().get(a.scale());
                    if (scale != null && !answer.isBlank() && scale.canonical(answer).isEmpty()) {
                        List<String> near = Nearest.to(answer, scale.values());
                        problem(path, "svaret " + Quoted.of(answer, near) + " på " + itemId
                                + " findes ikke på svarskalaen " + scale.id() + "; brug " + DanishList.or(scale.values())
                                + (near.isEmpty() ? "" : "." + Nearest.phrase(near)));
                    }
                }
            });
            if (Checklist.VERDICT_UNASSESSABLE.equals(review.verdict())
                    || !checklist.caseTypes().containsKey(c.caseType())) {
                // Not answered item by item when it cannot be assessed; unknowable which items apply without a type.
                return;
            }
            List<String> missing = new ArrayList<>();
            for (Item i : judgementItems) {
                if (ItemApplicability.applies(i, c) && (answers.get(i.id()) == null || answers.get(i.id()).isBlank())) {
                    missing.add(i.id());
                }
            }
            if (!missing.isEmpty()) {
                problem(paths.answers(), "mangler svar på " + String.join(", ", missing)
                        + " (spørgsmål, som bedømmeren skal besvare for denne sag)");
            }
        }

        /** The judgement item {@code itemId} names, or null after reporting an unknown or computed item at {@code path}. */
        private Item judgementItem(String itemId, String path, Set<String> itemIds, String what, String computed) {
            Item item = itemsById.get(itemId);
            if (item == null) {
                List<String> near = Nearest.to(itemId, itemIds);
                problem(path, what + " ukendt spørgsmål " + Quoted.of(itemId, near) + "." + Nearest.phrase(near));
                return null;
            }
            if (!(item.spec() instanceof ItemSpec.Assessment)) {
                problem(path, itemId + " er af typen " + item.type().key()
                        + " og beregnes af programmet ud fra sagens oplysninger" + computed);
                return null;
            }
            return item;
        }

        void verdict(Review review, CasePaths.ReviewPaths paths) {
            String v = review.verdict();
            if (v != null && !v.isBlank() && !verdicts.contains(v)) {
                List<String> valid = new ArrayList<>(checklist.consequences().stream().map(Consequence::id).toList());
                valid.add(Checklist.VERDICT_OK);
                valid.add(Checklist.VERDICT_UNASSESSABLE);
                List<String> near = Nearest.to(v, valid);
                problem(paths.verdict(), "ukendt samlet vurdering " + Quoted.of(v, near) + "; brug "
                        + DanishList.or(valid) + "." + Nearest.phrase(near));
            }
        }

        private void problem(String path, String message) {
            problems.add(new Problem(c.origin().where(path), c.id(), message));
        }
    }
}
