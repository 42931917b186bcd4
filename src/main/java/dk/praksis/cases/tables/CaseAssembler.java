package dk.praksis.cases.tables;

import dk.praksis.cases.Case;
import dk.praksis.cases.CasePaths;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DanishDates;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneLookup;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Place;
import dk.praksis.cases.Review;
import dk.praksis.cases.tables.Column.Role;
import dk.praksis.errors.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Builds cases from the rows of the case tables, whichever file format they came from. Sager rows
 * come first; rows of the other tables attach to the case with their id: all rows {@link #add added} and the
 * cases handed on at the end (a workbook), or case by case through {@link #start}, {@link #attach} and
 * {@link #build} when the reader finds a case's rows itself (CSV). Problems in the tables
 * (unreadable dates or numbers, missing or unknown ids) are reported with their place; the cases
 * are still built, with the unreadable values left out, so later checks can report the rest.
 */
public final class CaseAssembler {

    /** Between the items of a medical-evidence cell. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

    private final KommuneLookup kommuner;
    private final String file;
    private final String sagerName;
    private final Consumer<Problem> problems;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<Draft> order = new ArrayList<>();
    private final Map<Column, String> sagerPaths = new IdentityHashMap<>();

    /**
     * @param file      the file (or CSV folder) as the user named it, for Origin and messages
     * @param sagerName how messages name the Sager table, e.g. "arket Sager" or "sager.csv"
     */
    public CaseAssembler(KommuneLookup kommuner, String file, String sagerName, Consumer<Problem> problems) {
        this.kommuner = kommuner;
        this.file = file;
        this.sagerName = sagerName;
        this.problems = problems;
    }

    /** Adds a row of any table, Sager rows first; the cases are handed on by {@link #forEachCase}. */
    public void add(TableRow row) {
        String id = id(row);
        if (id == null) {
            return;
        }
        if (row.table().kind() == Table.Kind.SAGER) {
            Draft d = start(row, id);
            drafts.putIfAbsent(id, d);
            order.add(d);
            return;
        }
        attach(drafts.get(id), row, id);
    }

    /** The row's case id; null, and reported, when the row has none. */
    String id(TableRow row) {
        Column idColumn = row.table().first(Role.ID).orElseThrow();
        CellValue v = row.cells().get(idColumn);
        String id = v == null ? "" : CellParsing.text(v);
        if (id.isEmpty()) {
            problem(row.place().apply(idColumn), null, "rækken har intet id; skriv sagens id i kolonnen id");
            return null;
        }
        return id;
    }

    /** The case of a Sager row with the given id, with the row's cells read. */
    Draft start(TableRow row, String id) {
        Place idPlace = row.place().apply(row.table().first(Role.ID).orElseThrow());
        Draft d = new Draft(id, idPlace.text());
        d.places.put(CasePaths.ID, idPlace);
        row.cells().forEach((col, value) -> sagerCell(d, col, value, row.place().apply(col)));
        return d;
    }

    /**
     * Adds a row of another table to the case with its id.
     *
     * @param d the case, or null when no Sager row has the id (reported)
     */
    void attach(Draft d, TableRow row, String id) {
        if (d == null) {
            problem(row.place().apply(row.table().first(Role.ID).orElseThrow()), id, "sagen findes ikke i " + sagerName);
            return;
        }
        switch (row.table().kind()) {
            case PERIODER -> period(d, row);
            case HAENDELSER -> event(d, row);
            case FORLOEB -> course(d, row);
            case DOKUMENTER -> document(d, row);
            case ANDEN_VURDERING -> secondReview(d, row);
            default -> throw new IllegalStateException(row.table().kind().name());
        }
    }

    /** The case a draft holds, once all its rows are added. */
    Case build(Draft d) {
        return d.build(file);
    }

    /**
     * Hands on every case of a Sager row, in row order, once all rows are added. Each case is built as it is
     * handed on and its draft let go, so the drafts and the built cases are never all in memory at once.
     */
    public void forEachCase(Consumer<Case> sink) {
        drafts.clear();
        for (int i = 0; i < order.size(); i++) {
            sink.accept(order.set(i, null).build(file));
        }
        order.clear();
    }

    private void sagerCell(Draft d, Column col, CellValue v, Place place) {
        // One path string per column, shared by every case's places (a workbook has thousands of cases).
        String path = sagerPaths.computeIfAbsent(col, CaseAssembler::sagerPath);
        d.places.put(path, place);
        sagerValue(d, col, v, place);
    }

    private static String sagerPath(Column col) {
        return switch (col.role()) {
            case ID -> CasePaths.ID;
            case KOMMUNE -> CasePaths.KOMMUNE;
            case SAGSTYPE -> CasePaths.CASE_TYPE;
            case AFGOERELSE_DATO -> CasePaths.DECISION_DATE;
            case AFGOERELSE_FORELIGGER -> CasePaths.DECISION_PRESENT;
            case AFGOERELSE_FULDT_MEDHOLD -> CasePaths.DECISION_FULLY_GRANTED;
            case DATO -> CasePaths.date(col.name());
            case FELT -> CasePaths.field(col.name());
            case LAEGELIGE -> CasePaths.MEDICAL;
            case BEDOEMMER -> CasePaths.REVIEWER;
            case SVAR -> CasePaths.answer(col.name());
            case BEGRUNDELSE -> CasePaths.ReviewPaths.FIRST.reason(col.name());
            case SAMLET -> CasePaths.VERDICT;
            case BEMAERKNING -> CasePaths.REMARK;
            default -> throw new IllegalStateException(col.role().name());
        };
    }

    private void sagerValue(Draft d, Column col, CellValue v, Place place) {
        String text = CellParsing.text(v);
        switch (col.role()) {
            case KOMMUNE -> {
                Optional<Kommune> k = kommuner.find(text);
                if (k.isPresent()) {
                    d.kommune = k.get();
                } else {
                    problem(place, d.id, kommuner.unknownMessage(text));
                }
            }
            case SAGSTYPE -> d.caseType = text;
            case AFGOERELSE_DATO -> {
                d.decisionGiven = true;
                d.decisionDate = date(v, col, place, d.id);
            }
            case AFGOERELSE_FULDT_MEDHOLD -> {
                d.decisionGiven = true;
                d.fullyGranted = yesNo(v, col, place, d.id);
            }
            case AFGOERELSE_FORELIGGER -> {
                d.decisionGiven = true;
                Boolean present = yesNo(v, col, place, d.id);
                d.decisionPresent = present == null || present;
            }
            case DATO -> {
                LocalDate date = date(v, col, place, d.id);
                if (date != null) {
                    d.dates.put(col.name(), date);
                }
            }
            case FELT -> d.fields.put(col.name(), text);
            case LAEGELIGE -> Arrays.stream(LIST_SEPARATOR.split(text)).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(d.medical::add);
            case BEDOEMMER -> d.reviewer = text;
            case SVAR -> d.answers.put(col.name(), text);
            case BEGRUNDELSE -> reason(d.reasons, col, text);
            case SAMLET -> d.verdict = text;
            case BEMAERKNING -> d.remark = text;
            default -> {
            }
        }
    }

    /** A row of the second reviewer's sheet: the case's second, independent answer set. */
    private void secondReview(Draft d, TableRow row) {
        CasePaths.ReviewPaths p = CasePaths.ReviewPaths.SECOND;
        Place rowPlace = row.place().apply(row.table().first(Role.ID).orElseThrow());
        if (d.second != null) {
            problem(rowPlace, d.id, "sagen har allerede en anden vurdering på en tidligere række; en sag"
                    + " dobbeltbedømmes af én anden bedømmer");
            return;
        }
        d.places.put(p.root(), rowPlace);
        String reviewer = null;
        String verdict = null;
        String remark = null;
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Map.Entry<Column, CellValue> e : row.cells().entrySet()) {
            Column col = e.getKey();
            Place place = row.place().apply(col);
            String text = CellParsing.text(e.getValue());
            switch (col.role()) {
                case BEDOEMMER -> {
                    d.places.put(p.reviewer(), place);
                    reviewer = text;
                }
                case SVAR -> {
                    d.places.put(p.answer(col.name()), place);
                    answers.put(col.name(), text);
                }
                case BEGRUNDELSE -> {
                    d.places.put(p.reason(col.name()), place);
                    reason(reasons, col, text);
                }
                case SAMLET -> {
                    d.places.put(p.verdict(), place);
                    verdict = text;
                }
                case BEMAERKNING -> {
                    d.places.put(p.remark(), place);
                    remark = text;
                }
                default -> {
                }
            }
        }
        d.places.putIfAbsent(p.answers(), rowPlace);
        d.second = new Review(reviewer, answers, reasons, verdict, remark);
    }

    /** A reason cell; a blank one is no reason. */
    private static void reason(Map<String, String> reasons, Column col, String text) {
        if (!text.isBlank()) {
            reasons.put(col.name(), text.strip());
        }
    }

    private void period(Draft d, TableRow row) {
        String path = CasePaths.period(d.periods.size());
        d.places.put(path, row.place().apply(row.table().first(Role.ID).orElseThrow()));
        String type = required(d, row, Role.TYPE, path + ".type");
        LocalDate from = dateOf(d, row, Role.FRA, path + ".fra", true);
        LocalDate to = dateOf(d, row, Role.TIL, path + ".til", false);
        d.periods.add(new DatedPeriod(type, from, to));
    }

    private void event(Draft d, TableRow row) {
        String name = required(d, row, Role.HAENDELSE, null);
        if (name == null) {
            return;
        }
        List<LocalDate> dates = d.events.computeIfAbsent(name, k -> new ArrayList<>());
        String path = CasePaths.event(name, dates.size());
        LocalDate date = dateOf(d, row, Role.DATO, path, true);
        if (date != null) {
            dates.add(date);
        }
    }

    private void course(Draft d, TableRow row) {
        String name = row.table().course();
        List<CourseEntry> entries = d.courses.computeIfAbsent(name, k -> new ArrayList<>());
        String path = CasePaths.course(name, entries.size());
        d.places.put(path, row.place().apply(row.table().first(Role.ID).orElseThrow()));
        LocalDate from = dateOf(d, row, Role.FRA, path + ".fra", true);
        LocalDate to = dateOf(d, row, Role.TIL, path + ".til", false);
        Double hours = null;
        String field = null;
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (Map.Entry<Column, CellValue> e : row.cells().entrySet()) {
            Column col = e.getKey();
            Place place = row.place().apply(col);
            switch (col.role()) {
                case TIMER -> {
                    d.places.put(path + ".timer_pr_uge", place);
                    hours = CellParsing.number(e.getValue()).orElse(null);
                    if (hours == null) {
                        problem(place, d.id, col.header() + " er ikke et tal; skriv fx 15 eller 12,5");
                    }
                }
                case OMRAADE -> {
                    d.places.put(path + ".område", place);
                    field = CellParsing.text(e.getValue());
                }
                case FLAG -> {
                    d.places.put(path + "." + col.name(), place);
                    Boolean flag = yesNo(e.getValue(), col, place, d.id);
                    if (flag != null) {
                        flags.put(col.name(), flag);
                    }
                }
                default -> {
                }
            }
        }
        entries.add(new CourseEntry(from, to, hours, field, flags));
    }

    private void document(Draft d, TableRow row) {
        String name = required(d, row, Role.DOKUMENT, null);
        if (name == null) {
            return;
        }
        String path = CasePaths.document(name);
        Place rowPlace = row.place().apply(row.table().first(Role.DOKUMENT).orElseThrow());
        if (d.documents.containsKey(name)) {
            problem(rowPlace, d.id, "dokumentet står allerede på en tidligere række for samme sag");
            return;
        }
        d.places.put(path, rowPlace);
        LocalDate date = dateOf(d, row, Role.DATO, path + ".dato", false);
        Map<String, String> elements = new LinkedHashMap<>();
        row.cells().forEach((col, v) -> {
            if (col.role() == Role.ELEMENT) {
                d.places.put(path + "." + col.name(), row.place().apply(col));
                elements.put(col.name(), CellParsing.text(v));
            }
        });
        d.documents.put(name, new CaseDocument(date, elements));
    }

    /** The text of a column every row of its table needs; reports it when blank. */
    private String required(Draft d, TableRow row, Role role, String path) {
        Column col = row.table().first(role).orElseThrow();
        Place place = row.place().apply(col);
        if (path != null) {
            d.places.put(path, place);
        }
        CellValue v = row.cells().get(col);
        if (v == null) {
            problem(place, d.id, col.header() + " mangler");
            return null;
        }
        return CellParsing.text(v);
    }

    private LocalDate dateOf(Draft d, TableRow row, Role role, String path, boolean needed) {
        Column col = row.table().first(role).orElseThrow();
        Place place = row.place().apply(col);
        d.places.put(path, place);
        CellValue v = row.cells().get(col);
        if (v == null) {
            if (needed) {
                problem(place, d.id, col.header() + " mangler");
            }
            return null;
        }
        return date(v, col, place, d.id);
    }

    private LocalDate date(CellValue v, Column col, Place place, String caseId) {
        Optional<LocalDate> date = CellParsing.date(v);
        if (date.isEmpty()) {
            problem(place, caseId, DanishDates.notADate(col.header()));
        }
        return date.orElse(null);
    }

    private Boolean yesNo(CellValue v, Column col, Place place, String caseId) {
        Optional<Boolean> b = CellParsing.yesNo(v);
        if (b.isEmpty()) {
            problem(place, caseId, col.header() + " skal være ja eller nej");
        }
        return b.orElse(null);
    }

    private void problem(Place place, String caseId, String message) {
        problems.accept(new Problem(file + " " + place.text(), caseId, message));
    }

    /** A case while its rows are being read. */
    static final class Draft {
        final String id;
        final String casePlace;
        final Map<String, Place> places = new LinkedHashMap<>();
        Kommune kommune;
        String caseType;
        boolean decisionGiven;
        LocalDate decisionDate;
        boolean decisionPresent = true;
        Boolean fullyGranted;
        final Map<String, LocalDate> dates = new LinkedHashMap<>();
        final List<DatedPeriod> periods = new ArrayList<>();
        final Map<String, List<LocalDate>> events = new LinkedHashMap<>();
        final Map<String, List<CourseEntry>> courses = new LinkedHashMap<>();
        final Map<String, CaseDocument> documents = new LinkedHashMap<>();
        final List<String> medical = new ArrayList<>();
        final Map<String, String> fields = new LinkedHashMap<>();
        String reviewer;
        final Map<String, String> answers = new LinkedHashMap<>();
        final Map<String, String> reasons = new LinkedHashMap<>();
        String verdict;
        String remark;
        Review second;

        Draft(String id, String casePlace) {
            this.id = id;
            this.casePlace = casePlace;
        }

        Case build(String file) {
            Map<String, List<LocalDate>> ev = new LinkedHashMap<>();
            events.forEach((k, v) -> ev.put(k, List.copyOf(v)));
            Map<String, List<CourseEntry>> co = new LinkedHashMap<>();
            courses.forEach((k, v) -> co.put(k, List.copyOf(v)));
            Review review = new Review(reviewer, answers, reasons, verdict, remark);
            review = review.isEmpty() ? Review.NONE : review;
            return new Case(id, kommune, caseType, decisionGiven ? new Decision(decisionDate, decisionPresent, fullyGranted) : null,
                    dates, periods, ev, co, documents, medical, fields, review, second, Origin.of(file, casePlace,
                    places));
        }
    }
}
