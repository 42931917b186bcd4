package dk.praksis.cases;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Every piece of free text in a case, with its field path, and a copy of the case with the texts
 * rewritten. Scanning and masking are the same walk, so nothing can be scanned but not masked.
 * A part of the case is copied only when a rewrite changed something in it (a rewriter returns the
 * same String when it leaves a text alone), so a case without personal data comes back as itself.
 * A text's field path is put together only when the rewriter asks for it (a finding), not for every text.
 */
final class CaseTexts {

    /** Rewrites one text; {@code path} gives the field path, or for a name (a map key) the path of its map. */
    interface Rewriter {
        String rewrite(Supplier<String> path, String text, boolean isName);
    }

    private CaseTexts() {
    }

    static Case rewrite(Case c, Rewriter r) {
        String id = r.rewrite(() -> CasePaths.ID, c.id(), false);
        String caseType = r.rewrite(() -> CasePaths.CASE_TYPE, c.caseType(), false);
        Map<String, java.time.LocalDate> dates = keys(() -> CasePaths.DATES, c.dates(), r, (p, v) -> v);
        List<DatedPeriod> periods = c.periods();
        for (int i = 0; i < c.periods().size(); i++) {
            DatedPeriod p = c.periods().get(i);
            int index = i;
            String type = r.rewrite(() -> CasePaths.period(index) + ".type", p.type(), false);
            if (type != p.type()) {
                periods = periods == c.periods() ? new ArrayList<>(periods) : periods;
                periods.set(i, new DatedPeriod(type, p.from(), p.to()));
            }
        }
        var events = keys(() -> CasePaths.EVENTS, c.events(), r, (p, v) -> v);
        Rebuilt<List<CourseEntry>> courses = new Rebuilt<>(c.courses());
        c.courses().forEach((name, entries) -> {
            String n = r.rewrite(() -> "forløb", name, true);
            List<CourseEntry> list = entries;
            for (int i = 0; i < entries.size(); i++) {
                CourseEntry e = entries.get(i);
                int index = i;
                Supplier<String> path = () -> CasePaths.course(n, index);
                String field = r.rewrite(() -> path.get() + ".område", e.field(), false);
                Map<String, Boolean> flags = keys(path, e.flags(), r, (p, v) -> v);
                if (field != e.field() || flags != e.flags()) {
                    list = list == entries ? new ArrayList<>(entries) : list;
                    list.set(i, new CourseEntry(e.from(), e.to(), e.hoursPerWeek(), field, flags));
                }
            }
            courses.put(name, entries, n, list);
        });
        Map<String, CaseDocument> documents = keys(() -> CasePaths.DOCUMENTS, c.documents(), r, (path, d) -> {
            Map<String, String> elements = keys(path, d.elements(), r, (p, v) -> r.rewrite(p, v, false));
            return elements == d.elements() ? d : new CaseDocument(d.date(), elements);
        });
        List<String> medical = c.medicalEvidence();
        for (int i = 0; i < c.medicalEvidence().size(); i++) {
            String text = c.medicalEvidence().get(i);
            int index = i;
            String rewritten = r.rewrite(() -> CasePaths.indexed(CasePaths.MEDICAL, index), text, false);
            if (rewritten != text) {
                medical = medical == c.medicalEvidence() ? new ArrayList<>(medical) : medical;
                medical.set(i, rewritten);
            }
        }
        var fields = keys(() -> CasePaths.FIELDS, c.fields(), r, (p, v) -> r.rewrite(p, v, false));
        Review review = review(c.review(), CasePaths.ReviewPaths.FIRST, r);
        Review second = review(c.secondReview(), CasePaths.ReviewPaths.SECOND, r);
        if (id == c.id() && caseType == c.caseType() && dates == c.dates() && periods == c.periods()
                && events == c.events() && courses.result() == c.courses() && documents == c.documents()
                && medical == c.medicalEvidence() && fields == c.fields() && review == c.review()
                && second == c.secondReview()) {
            return c;
        }
        return new Case(id, c.kommune(), caseType, c.decision(), dates, periods, events, courses.result(), documents,
                medical, fields, review, second, c.origin());
    }

    private static Review review(Review rv, CasePaths.ReviewPaths paths, Rewriter r) {
        if (rv.isEmpty()) {
            return rv;
        }
        String reviewer = r.rewrite(paths::reviewer, rv.reviewer(), false);
        Map<String, String> answers = keys(paths::answers, rv.answers(), r, (p, v) -> r.rewrite(p, v, false));
        Map<String, String> reasons = keys(paths::reasons, rv.reasons(), r, (p, v) -> r.rewrite(p, v, false));
        String verdict = r.rewrite(paths::verdict, rv.verdict(), false);
        String remark = r.rewrite(paths::remark, rv.remark(), false);
        if (reviewer == rv.reviewer() && answers == rv.answers() && reasons == rv.reasons() && verdict == rv.verdict()
                && remark == rv.remark()) {
            return rv;
        }
        return new Review(reviewer, answers, reasons, verdict, remark);
    }

    /** A map with its keys rewritten as names and each value mapped with its path; the same map when unchanged. */
    private static <V> Map<String, V> keys(Supplier<String> path, Map<String, V> map, Rewriter r,
                                           BiFunction<Supplier<String>, V, V> value) {
        Rebuilt<V> out = new Rebuilt<>(map);
        map.forEach((k, v) -> {
            String key = r.rewrite(path, k, true);
            out.put(k, v, key, value.apply(() -> path.get() + "." + key, v));
        });
        return out.result();
    }

    /** A map copied from its first changed entry on; until then (and if none changes) the original. */
    private static final class Rebuilt<V> {
        private final Map<String, V> original;
        private Map<String, V> copy;
        private int unchanged;

        Rebuilt(Map<String, V> original) {
            this.original = original;
        }

        /** The next entry of the original ({@code oldKey}, {@code oldValue}) as rewritten. */
        void put(String oldKey, V oldValue, String key, V value) {
            if (copy == null && (key != oldKey || value != oldValue)) {
                copy = new LinkedHashMap<>();
                Iterator<Map.Entry<String, V>> before = original.entrySet().iterator();
                for (int i = 0; i < unchanged; i++) {
                    Map.Entry<String, V> e = before.next();
                    copy.put(e.getKey(), e.getValue());
                }
            }
            if (copy == null) {
                unchanged++;
            } else {
                copy.put(key, value);
            }
        }

        Map<String, V> result() {
            return copy == null ? original : copy;
        }
    }
}
