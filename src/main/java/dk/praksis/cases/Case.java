package dk.praksis.cases;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One anonymised case of the audit, in the canonical form every reader produces.
 *
 * @param dates    named dates, e.g. visitation
 * @param events   named event lists, e.g. revurderinger
 * @param courses  named courses, e.g. arbejdsprøvninger
 * @param documents named documents, e.g. ressourceprofil
 * @param fields   other facts used by item conditions, e.g. alder
 * @param review   the primary answer set: it alone scores the case
 * @param secondReview an independent second reviewer's answer set for calibration (double review), or
 *                 {@link Review#NONE}; it never changes the case's score or verdict
 */
public record Case(String id, Kommune kommune, String caseType, Decision decision,
                   Map<String, LocalDate> dates, List<DatedPeriod> periods, Map<String, List<LocalDate>> events,
                   Map<String, List<CourseEntry>> courses, Map<String, CaseDocument> documents,
                   List<String> medicalEvidence, Map<String, String> fields, Review review, Review secondReview,
                   Origin origin) {

    public Case {
        dates = frozen(dates);
        periods = List.copyOf(periods);
        events = frozen(events);
        courses = frozen(courses);
        documents = frozen(documents);
        medicalEvidence = List.copyOf(medicalEvidence);
        fields = frozen(fields);
        review = review == null ? Review.NONE : review;
        secondReview = secondReview == null ? Review.NONE : secondReview;
    }

    /** A case reviewed once (no second answer set). */
    public Case(String id, Kommune kommune, String caseType, Decision decision, Map<String, LocalDate> dates,
                List<DatedPeriod> periods, Map<String, List<LocalDate>> events, Map<String, List<CourseEntry>> courses,
                Map<String, CaseDocument> documents, List<String> medicalEvidence, Map<String, String> fields,
                Review review, Origin origin) {
        this(id, kommune, caseType, decision, dates, periods, events, courses, documents, medicalEvidence, fields,
                review, Review.NONE, origin);
    }

    /** This case with another primary answer set; the second one is kept. */
    public Case withReview(Review primary) {
        return new Case(id, kommune, caseType, decision, dates, periods, events, courses, documents, medicalEvidence,
                fields, primary, secondReview, origin);
    }

    /** This case with another second answer set. */
    public Case withSecondReview(Review second) {
        return new Case(id, kommune, caseType, decision, dates, periods, events, courses, documents, medicalEvidence,
                fields, review, second, origin);
    }

    /** True when a second reviewer scored the case independently. */
    public boolean doubleReviewed() {
        return !secondReview.isEmpty();
    }

    private static <V> Map<String, V> frozen(Map<String, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /**
     * Resolves a field path as checklists write it. Supported paths:
     * {@code sagstype}, {@code kommune}, {@code afgørelse.dato}, {@code afgørelse.foreligger}, {@code afgørelse.fuldt_medhold},
     * {@code datoer.NAME}, {@code dokumenter.NAME.dato}, {@code dokumenter.NAME.ELEMENT},
     * {@code hændelser.NAME} (the first date), {@code felter.NAME} and a bare NAME as a shorthand
     * for {@code datoer.NAME} or {@code felter.NAME}.
     *
     * @return the value (LocalDate, Boolean or String), empty when the case has none
     */
    public Optional<Object> field(String path) {
        String[] p = path.split("\\.", 3);
        switch (p[0]) {
            case "sagstype":
                return Optional.ofNullable(caseType);
            case "kommune":
                return Optional.ofNullable(kommune).map(Kommune::navn);
            case "afgørelse":
                if (p.length == 2 && p[1].equals("dato")) {
                    return Optional.ofNullable(decision == null ? null : decision.date());
                }
                if (p.length == 2 && p[1].equals("foreligger")) {
                    return Optional.of(decision != null && decision.present());
                }
                if (p.length == 2 && p[1].equals("fuldt_medhold")) {
                    return Optional.ofNullable(decision == null ? null : decision.fullyGranted());
                }
                return Optional.empty();
            case "datoer":
                return p.length == 2 ? Optional.ofNullable(dates.get(p[1])) : Optional.empty();
            case "hændelser":
                return p.length == 2 ? Optional.ofNullable(events.get(p[1]))
                        .flatMap(l -> l.stream().min(LocalDate::compareTo)) : Optional.empty();
            case "dokumenter": {
                if (p.length < 3) {
                    return Optional.empty();
                }
                CaseDocument d = documents.get(p[1]);
                if (d == null) {
                    return Optional.empty();
                }
                return p[2].equals("dato") ? Optional.ofNullable(d.date()) : Optional.ofNullable(d.elements().get(p[2]));
            }
            case "felter":
                return p.length == 2 ? Optional.ofNullable(fields.get(p[1])) : Optional.empty();
            default:
                if (p.length == 1) {
                    if (dates.containsKey(p[0])) {
                        return Optional.of(dates.get(p[0]));
                    }
                    return Optional.ofNullable(fields.get(p[0]));
                }
                return Optional.empty();
        }
    }

    /** The field as a date, empty when absent or not a date. */
    public Optional<LocalDate> date(String path) {
        return field(path).filter(LocalDate.class::isInstance).map(LocalDate.class::cast);
    }
}
