package dk.praksis.cases;

import dk.praksis.cases.SourceNode.Entry;
import dk.praksis.cases.SourceNode.Mapping;
import dk.praksis.cases.SourceNode.Scalar;
import dk.praksis.cases.SourceNode.Sequence;
import dk.praksis.errors.Problem;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.Nearest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Maps one case of the canonical YAML/JSON form (docs/cases.md) onto a {@link Case}, recording the
 * line:column of every field path. Values it cannot read are reported and left out, so that one run
 * shows every problem; whether the case is complete is decided by {@link CaseValidator}.
 */
final class CanonicalCaseMapper {

    static final String COURSES = "forløb";
    static final String WORK_TRIALS = "arbejdsprøvninger";

    private static final Set<String> CASE_KEYS = Set.of(CasePaths.ID, CasePaths.KOMMUNE, CasePaths.CASE_TYPE,
            CasePaths.DECISION, CasePaths.DATES, CasePaths.PERIODS, CasePaths.EVENTS, WORK_TRIALS, COURSES,
            CasePaths.DOCUMENTS, CasePaths.MEDICAL, CasePaths.FIELDS, CasePaths.REVIEW, CasePaths.SECOND_REVIEW);
    private static final Set<String> DECISION_KEYS = Set.of("dato", "foreligger", "fuldt_medhold");
    private static final Set<String> PERIOD_KEYS = Set.of("type", "fra", "til");
    private static final Set<String> COURSE_KEYS = Set.of("fra", "til", "timer_pr_uge", "område");
    private static final Set<String> REVIEW_KEYS = Set.of("bedømmer", "svar", "begrundelser", "samlet",
            "bemærkning");

    private final String file;
    private final KommuneRegister kommuner;
    private final List<Problem> problems;
    private final Map<String, String> places = new LinkedHashMap<>();
    private String casePlace;
    private String caseId;

    CanonicalCaseMapper(String file, KommuneRegister kommuner, List<Problem> problems) {
        this.file = file;
        this.kommuner = kommuner;
        this.problems = problems;
    }

    /** The case, or null when {@code node} is not a mapping at all. */
    Case map(SourceNode node) {
        casePlace = node.place();
        if (!(node instanceof Mapping m)) {
            problems.add(new Problem(file + ":" + casePlace, null,
                    "en sag skal skrives som nøgle: værdi (id, kommune, sagstype, ...)"));
            return null;
        }
        Entry idEntry = m.entries().get(CasePaths.ID);
        if (idEntry != null) {
            places.put(CasePaths.ID, idEntry.keyPlace());
            caseId = text(CasePaths.ID, idEntry.value());
        }
        Kommune kommune = null;
        String caseType = null;
        Decision decision = null;
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        List<DatedPeriod> periods = new ArrayList<>();
        Map<String, List<LocalDate>> events = new LinkedHashMap<>();
        Map<String, List<CourseEntry>> courses = new LinkedHashMap<>();
        Map<String, CaseDocument> documents = new LinkedHashMap<>();
        List<String> medical = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Review review = Review.NONE;
        Review second = Review.NONE;
        for (Entry e : entries("", m, CASE_KEYS)) {
            SourceNode v = e.value();
            switch (e.key()) {
                case CasePaths.KOMMUNE -> kommune = kommune(v);
                case CasePaths.CASE_TYPE -> caseType = text(CasePaths.CASE_TYPE, v);
                case CasePaths.DECISION -> decision = decision(v);
                case CasePaths.DATES -> dates = dates(v);
                case CasePaths.PERIODS -> periods = periods(v);
                case CasePaths.EVENTS -> events = events(v);
                case WORK_TRIALS -> courses.put(WORK_TRIALS, course(WORK_TRIALS, v));
                case COURSES -> courseMap(v).forEach(courses::putIfAbsent);
                case CasePaths.DOCUMENTS -> documents = documents(v);
                case CasePaths.MEDICAL -> medical = texts(CasePaths.MEDICAL, v);
                case CasePaths.FIELDS -> fields = fields(v);
                case CasePaths.REVIEW -> review = review(v, CasePaths.ReviewPaths.FIRST);
                case CasePaths.SECOND_REVIEW -> second = review(v, CasePaths.ReviewPaths.SECOND);
                default -> {
                    // id was read first, unknown keys are reported by entries()
                }
            }
        }
        return new Case(caseId, kommune, caseType, decision, dates, periods, events, courses, documents, medical,
                fields, review, second, Origin.of(file, casePlace, places));
    }

    private Kommune kommune(SourceNode v) {
        String name = text(CasePaths.KOMMUNE, v);
        if (name == null || name.isBlank()) {
            return null;
        }
        return kommuner.find(name).orElseGet(() -> {
            problem(CasePaths.KOMMUNE, kommuner.unknownMessage(name));
            return null;
        });
    }

    private Decision decision(SourceNode v) {
        Mapping m = mapping(CasePaths.DECISION, v);
        if (m == null) {
            return null;
        }
        LocalDate date = null;
        boolean present = true;
        Boolean fullyGranted = null;
        for (Entry e : entries(CasePaths.DECISION, m, DECISION_KEYS)) {
            switch (e.key()) {
                case "dato" -> date = date(CasePaths.DECISION_DATE, e.value());
                case "foreligger" -> {
                    Boolean b = bool(CasePaths.DECISION_PRESENT, e.value());
                    present = b == null || b;
                }
                default -> fullyGranted = bool(CasePaths.DECISION_FULLY_GRANTED, e.value());
            }
        }
        return new Decision(date, present, fullyGranted);
    }

    private Map<String, LocalDate> dates(SourceNode v) {
        return values(CasePaths.DATES, v, (key, value) -> date(CasePaths.date(key), value));
    }

    /** A mapping of name to value; values that cannot be read are reported by {@code read} and left out. */
    private <T> Map<String, T> values(String path, SourceNode v, BiFunction<String, SourceNode, T> read) {
        Map<String, T> values = new LinkedHashMap<>();
        Mapping m = mapping(path, v);
        if (m != null) {
            for (Entry e : entries(path, m, null)) {
                T value = read.apply(e.key(), e.value());
                if (value != null) {
                    values.put(e.key(), value);
                }
            }
        }
        return values;
    }

    private List<DatedPeriod> periods(SourceNode v) {
        List<DatedPeriod> periods = new ArrayList<>();
        List<SourceNode> items = sequence(CasePaths.PERIODS, v);
        for (int i = 0; i < items.size(); i++) {
            String path = CasePaths.period(i);
            places.put(path, items.get(i).place());
            Mapping m = mapping(path, items.get(i));
            if (m == null) {
                continue;
            }
            String type = null;
            LocalDate from = null;
            LocalDate to = null;
            for (Entry e : entries(path, m, PERIOD_KEYS)) {
                String p = path + "." + e.key();
                switch (e.key()) {
                    case "type" -> type = text(p, e.value());
                    case "fra" -> from = date(p, e.value());
                    default -> to = date(p, e.value());
                }
            }
            periods.add(new DatedPeriod(type, from, to));
        }
        return periods;
    }

    private Map<String, List<LocalDate>> events(SourceNode v) {
        Map<String, List<LocalDate>> events = new LinkedHashMap<>();
        Mapping m = mapping(CasePaths.EVENTS, v);
        if (m != null) {
            for (Entry e : entries(CasePaths.EVENTS, m, null)) {
                List<SourceNode> items = e.value() instanceof Sequence s ? s.items() : List.of(e.value());
                List<LocalDate> dates = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String path = CasePaths.event(e.key(), i);
                    places.put(path, items.get(i).place());
                    LocalDate d = date(path, items.get(i));
                    if (d != null) {
                        dates.add(d);
                    }
                }
                events.put(e.key(), dates);
            }
        }
        return events;
    }

    private Map<String, List<CourseEntry>> courseMap(SourceNode v) {
        Map<String, List<CourseEntry>> courses = new LinkedHashMap<>();
        Mapping m = mapping(COURSES, v);
        if (m != null) {
            for (Entry e : entries(COURSES, m, null)) {
                places.putIfAbsent(e.key(), e.keyPlace());
                courses.put(e.key(), course(e.key(), e.value()));
            }
        }
        return courses;
    }

    private List<CourseEntry> course(String name, SourceNode v) {
        List<CourseEntry> entries = new ArrayList<>();
        List<SourceNode> items = sequence(name, v);
        for (int i = 0; i < items.size(); i++) {
            String path = CasePaths.course(name, i);
            places.put(path, items.get(i).place());
            Mapping m = mapping(path, items.get(i));
            if (m == null) {
                continue;
            }
            LocalDate from = null;
            LocalDate to = null;
            Double hours = null;
            String field = null;
            Map<String, Boolean> flags = new LinkedHashMap<>();
            for (Entry e : m.entries().values()) {
                String p = path + "." + e.key();
                places.put(p, e.keyPlace());
                switch (e.key()) {
                    case "fra" -> from = date(p, e.value());
                    case "til" -> to = date(p, e.value());
                    case "timer_pr_uge" -> hours = number(p, e.value());
                    case "område" -> field = text(p, e.value());
                    default -> {
                        // Any other key is a yes/no fact about the entry (e.g. funktioner_beskrevet).
                        if (looksBoolean(e.value())) {
                            flags.put(e.key(), bool(p, e.value()));
                        } else {
                            unknownKey(path, e, COURSE_KEYS, " (andre felter skal være ja eller nej)");
                        }
                    }
                }
            }
            flags.values().removeIf(b -> b == null);
            entries.add(new CourseEntry(from, to, hours, field, flags));
        }
        return entries;
    }

    private Map<String, CaseDocument> documents(SourceNode v) {
        Map<String, CaseDocument> documents = new LinkedHashMap<>();
        Mapping m = mapping(CasePaths.DOCUMENTS, v);
        if (m == null) {
            return documents;
        }
        for (Entry e : entries(CasePaths.DOCUMENTS, m, null)) {
            String path = CasePaths.document(e.key());
            Mapping doc = mapping(path, e.value());
            if (doc == null) {
                continue;
            }
            LocalDate date = null;
            Map<String, String> elements = new LinkedHashMap<>();
            for (Entry el : entries(path, doc, null)) {
                String p = path + "." + el.key();
                if (el.key().equals("dato")) {
                    date = date(p, el.value());
                } else {
                    String t = text(p, el.value());
                    if (t != null) {
                        elements.put(el.key(), t);
                    }
                }
            }
            documents.put(e.key(), new CaseDocument(date, elements));
        }
        return documents;
    }

    private Map<String, String> fields(SourceNode v) {
        return values(CasePaths.FIELDS, v, (key, value) -> text(CasePaths.field(key), value));
    }

    private Review review(SourceNode v, CasePaths.ReviewPaths paths) {
        Mapping m = mapping(paths.root(), v);
        if (m == null) {
            return Review.NONE;
        }
        String reviewer = null;
        String verdict = null;
        String remark = null;
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Entry e : entries(paths.root(), m, REVIEW_KEYS)) {
            switch (e.key()) {
                case "bedømmer" -> reviewer = text(paths.reviewer(), e.value());
                case "samlet" -> verdict = text(paths.verdict(), e.value());
                case "bemærkning" -> remark = text(paths.remark(), e.value());
                case "begrundelser" -> reasons = values(paths.reasons(), e.value(),
                        (item, value) -> blankToNull(text(paths.reason(item), value)));
                default -> answers = values(paths.answers(), e.value(),
                        (item, value) -> text(paths.answer(item), value));
            }
        }
        return new Review(reviewer, answers, reasons, verdict, remark);
    }

    // ---- values -------------------------------------------------------------------------------

    /** The entries of a mapping, recording each key's place; unknown keys (when {@code known} is given) are reported. */
    private List<Entry> entries(String path, Mapping m, Set<String> known) {
        List<Entry> result = new ArrayList<>();
        for (Entry e : m.entries().values()) {
            String p = path.isEmpty() ? e.key() : path + "." + e.key();
            if (known != null && !known.contains(e.key())) {
                unknownKey(path, e, known, "");
                continue;
            }
            places.putIfAbsent(p, e.keyPlace());
            result.add(e);
        }
        return result;
    }

    private void unknownKey(String path, Entry e, Set<String> known, String note) {
        String in = path.isEmpty() ? "" : " i " + path;
        List<String> near = Nearest.to(e.key(), known.stream().sorted().toList(), DanishLetters::fold);
        String hint = Nearest.phrase(near);
        List<String> nested = List.of();
        if (near.isEmpty() && path.isEmpty()) {
            // A common slip: a key of vurdering or afgørelse written directly on the case.
            for (Map.Entry<String, Set<String>> n : NESTED.entrySet()) {
                nested = Nearest.to(e.key(), n.getValue(), DanishLetters::fold);
                if (!nested.isEmpty()) {
                    hint = " Skal den stå under " + n.getKey() + "?";
                    break;
                }
            }
        }
        List<String> knownNear = near.isEmpty() ? nested : near;
        problems.add(new Problem(file + ":" + e.keyPlace(), caseId, "ukendt nøgle " + Quoted.of(e.key(), knownNear)
                + in + note + "." + hint));
    }

    private static final Map<String, Set<String>> NESTED = new java.util.TreeMap<>(Map.of(
            CasePaths.REVIEW, REVIEW_KEYS, CasePaths.DECISION, DECISION_KEYS));

    private String text(String path, SourceNode v) {
        if (v instanceof Scalar s) {
            return s.text() == null ? null : s.text().strip();
        }
        problem(path, path + " skal være en enkelt værdi, ikke en liste eller en samling af nøgler");
        return null;
    }

    private static String blankToNull(String t) {
        return t == null || t.isEmpty() ? null : t;
    }

    private List<String> texts(String path, SourceNode v) {
        List<String> result = new ArrayList<>();
        List<SourceNode> items = v instanceof Scalar s && s.text() != null ? List.of(v) : sequence(path, v);
        for (int i = 0; i < items.size(); i++) {
            String p = CasePaths.indexed(path, i);
            places.put(p, items.get(i).place());
            String t = text(p, items.get(i));
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }

    private LocalDate date(String path, SourceNode v) {
        String t = text(path, v);
        if (t == null || t.isEmpty()) {
            return null;
        }
        return DanishDates.parse(t).orElseGet(() -> {
            problem(path, DanishDates.notADate(path));
            return null;
        });
    }

    private Double number(String path, SourceNode v) {
        String t = text(path, v);
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t.replace(',', '.'));
        } catch (NumberFormatException ex) {
            problem(path, path + " skal være et tal, fx 15 eller 7,5");
            return null;
        }
    }

    private static boolean looksBoolean(SourceNode v) {
        return v instanceof Scalar s && (s.isBoolean() || s.text() == null
                || BOOLEAN_WORDS.containsKey(s.text().strip().toLowerCase(Locale.ROOT)));
    }

    private static final Map<String, Boolean> BOOLEAN_WORDS = Map.of("ja", true, "nej", false, "true", true,
            "false", false);

    private Boolean bool(String path, SourceNode v) {
        String t = text(path, v);
        if (t == null || t.isEmpty()) {
            return null;
        }
        Boolean b = BOOLEAN_WORDS.get(t.toLowerCase(Locale.ROOT));
        if (b == null) {
            problem(path, path + " skal være ja eller nej");
        }
        return b;
    }

    private Mapping mapping(String path, SourceNode v) {
        if (v instanceof Mapping m) {
            return m;
        }
        if (!(v instanceof Scalar s && s.text() == null)) {
            problem(path, path + " skal være en samling af nøgle: værdi");
        }
        return null;
    }

    private List<SourceNode> sequence(String path, SourceNode v) {
        if (v instanceof Sequence s) {
            return s.items();
        }
        if (!(v instanceof Scalar s && s.text() == null)) {
            problem(path, path + " skal være en liste (- ... pr. linje eller [ ... ])");
        }
        return List.of();
    }

    private void problem(String path, String message) {
        problems.add(new Problem(Origin.of(file, casePlace, places).where(path), caseId, message));
    }
}
