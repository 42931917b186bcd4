package dk.praksis.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Every piece of free text in a case, with its field path, and a copy of the case with the texts
 * rewritten. Scanning and masking are the same walk, so nothing can be scanned but not masked.
 */
final class CaseTexts {

    /** Rewrites one text; {@code path} is the field path, or for a name (a map key) the path of its map. */
    interface Rewriter {
        String rewrite(String path, String text, boolean isName);
    }

    private CaseTexts() {
    }

    static Case rewrite(Case c, Rewriter r) {
        String id = r.rewrite(CasePaths.ID, c.id(), false);
        String caseType = r.rewrite(CasePaths.CASE_TYPE, c.caseType(), false);
        Map<String, java.time.LocalDate> dates = keys(CasePaths.DATES, c.dates(), r, (p, v) -> v);
        List<DatedPeriod> periods = new ArrayList<>();
        for (int i = 0; i < c.periods().size(); i++) {
            DatedPeriod p = c.periods().get(i);
            periods.add(new DatedPeriod(r.rewrite(CasePaths.period(i) + ".type", p.type(), false), p.from(), p.to()));
        }
        var events = keys(CasePaths.EVENTS, c.events(), r, (p, v) -> v);
        Map<String, List<CourseEntry>> courses = new LinkedHashMap<>();
        c.courses().forEach((name, entries) -> {
            String n = r.rewrite("forløb", name, true);
            List<CourseEntry> list = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                CourseEntry e = entries.get(i);
                String path = CasePaths.course(n, i);
                list.add(new CourseEntry(e.from(), e.to(), e.hoursPerWeek(),
                        r.rewrite(path + ".område", e.field(), false), keys(path, e.flags(), r, (p, v) -> v)));
            }
            courses.put(n, list);
        });
        Map<String, CaseDocument> documents = keys(CasePaths.DOCUMENTS, c.documents(), r, (path, d) ->
                new CaseDocument(d.date(), keys(path, d.elements(), r, (p, v) -> r.rewrite(p, v, false))));
        List<String> medical = new ArrayList<>();
        for (int i = 0; i < c.medicalEvidence().size(); i++) {
            medical.add(r.rewrite(CasePaths.indexed(CasePaths.MEDICAL, i), c.medicalEvidence().get(i), false));
        }
        var fields = keys(CasePaths.FIELDS, c.fields(), r, (p, v) -> r.rewrite(p, v, false));
        return new Case(id, c.kommune(), caseType, c.decision(), dates, periods, events, courses, documents, medical,
                fields, review(c.review(), CasePaths.ReviewPaths.FIRST, r),
                review(c.secondReview(), CasePaths.ReviewPaths.SECOND, r), c.origin());
    }

    private static Review review(Review rv, CasePaths.ReviewPaths paths, Rewriter r) {
        if (rv.isEmpty()) {
            return rv;
        }
        return new Review(r.rewrite(paths.reviewer(), rv.reviewer(), false),
                keys(paths.answers(), rv.answers(), r, (p, v) -> r.rewrite(p, v, false)),
                keys(paths.reasons(), rv.reasons(), r, (p, v) -> r.rewrite(p, v, false)),
                r.rewrite(paths.verdict(), rv.verdict(), false), r.rewrite(paths.remark(), rv.remark(), false));
    }

    /** A map with its keys rewritten as names and each value mapped with its path. */
    private static <V> Map<String, V> keys(String path, Map<String, V> map, Rewriter r, BiFunction<String, V, V> value) {
        Map<String, V> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String key = r.rewrite(path, k, true);
            out.put(key, value.apply(path + "." + key, v));
        });
        return out;
    }
}
