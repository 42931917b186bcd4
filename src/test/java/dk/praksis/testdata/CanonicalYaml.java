package dk.praksis.testdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dk.praksis.cases.Case;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes cases in the canonical YAML form (docs/cases.md) for the benchmarks. The program itself
 * only reads that form, so the benchmarks carry this small writer of their own.
 */
public final class CanonicalYaml {

    /** The course the canonical form names at top level; other courses go under {@code forløb}. */
    private static final String WORK_TRIALS = "arbejdsprøvninger";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private CanonicalYaml() {
    }

    public static void write(List<Case> cases, Path file) {
        try {
            YAML.writeValue(file.toFile(), Map.of("sager", cases.stream().map(CanonicalYaml::tree).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> tree(Case c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("kommune", c.kommune().kode());
        m.put("sagstype", c.caseType());
        Map<String, Object> decision = new LinkedHashMap<>();
        put(decision, "dato", c.decision().date());
        decision.put("foreligger", c.decision().present());
        m.put("afgørelse", decision);
        m.put("datoer", dates(c.dates()));
        m.put("perioder", c.periods().stream().map(CanonicalYaml::period).toList());
        Map<String, Object> events = new LinkedHashMap<>();
        c.events().forEach((name, list) -> events.put(name, list.stream().map(LocalDate::toString).toList()));
        m.put("hændelser", events);
        Map<String, Object> others = new LinkedHashMap<>();
        c.courses().forEach((name, entries) -> {
            List<Map<String, Object>> list = entries.stream().map(CanonicalYaml::course).toList();
            if (name.equals(WORK_TRIALS)) {
                m.put(WORK_TRIALS, list);
            } else {
                others.put(name, list);
            }
        });
        if (!others.isEmpty()) {
            m.put("forløb", others);
        }
        Map<String, Object> documents = new LinkedHashMap<>();
        c.documents().forEach((name, doc) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            put(d, "dato", doc.date());
            d.putAll(doc.elements());
            documents.put(name, d);
        });
        m.put("dokumenter", documents);
        m.put("lægelige_oplysninger", c.medicalEvidence());
        m.put("felter", c.fields());
        Map<String, Object> review = new LinkedHashMap<>();
        put(review, "bedømmer", c.review().reviewer());
        review.put("svar", c.review().answers());
        put(review, "samlet", c.review().verdict());
        put(review, "bemærkning", c.review().remark());
        m.put("vurdering", review);
        return m;
    }

    private static Map<String, Object> period(DatedPeriod p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", p.type());
        put(m, "fra", p.from());
        put(m, "til", p.to());
        return m;
    }

    private static Map<String, Object> course(CourseEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "fra", e.from());
        put(m, "til", e.to());
        put(m, "timer_pr_uge", e.hoursPerWeek());
        put(m, "område", e.field());
        m.putAll(e.flags());
        return m;
    }

    private static Map<String, Object> dates(Map<String, LocalDate> dates) {
        Map<String, Object> m = new LinkedHashMap<>();
        dates.forEach((k, v) -> put(m, k, v));
        return m;
    }

    /** Leaves out absent values; dates as ISO text. */
    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value instanceof LocalDate d ? d.toString() : value);
        }
    }
}
