package dk.praksis.testdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.praksis.cases.Case;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case in the canonical YAML/JSON form (docs/cases.md), as a Jackson tree with the keys in the
 * order the sample files use. The kommune is written as the extract spells it.
 */
final class CaseNodes {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseNodes() {
    }

    /** {"sager": [...]} for the cases, each kommune written by {@code spelling}. */
    static ObjectNode file(List<Case> cases, Map<String, String> spelling) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("sager");
        cases.forEach(c -> list.add(of(c, spelling.getOrDefault(c.kommune().kode(), c.kommune().navn()))));
        return root;
    }

    static ObjectNode of(Case c, String kommune) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("kommune", kommune);
        n.put("sagstype", c.caseType());
        ObjectNode decision = n.putObject("afgørelse");
        if (c.decision().date() != null) {
            decision.put("dato", text(c.decision().date()));
        }
        decision.put("foreligger", c.decision().present());
        if (c.decision().fullyGranted() != null) {
            decision.put("fuldt_medhold", c.decision().fullyGranted() ? "ja" : "nej");
        }
        if (!c.dates().isEmpty()) {
            ObjectNode dates = n.putObject("datoer");
            c.dates().forEach((k, v) -> dates.put(k, text(v)));
        }
        if (!c.periods().isEmpty()) {
            ArrayNode periods = n.putArray("perioder");
            for (DatedPeriod p : c.periods()) {
                ObjectNode o = periods.addObject().put("type", p.type()).put("fra", text(p.from()));
                if (p.to() != null) {
                    o.put("til", text(p.to()));
                }
            }
        }
        if (!c.events().isEmpty()) {
            ObjectNode events = n.putObject("hændelser");
            c.events().forEach((k, v) -> {
                ArrayNode a = events.putArray(k);
                v.forEach(d -> a.add(text(d)));
            });
        }
        if (!c.courses().isEmpty()) {
            ObjectNode courses = n.putObject("forløb");
            c.courses().forEach((k, v) -> {
                ArrayNode a = courses.putArray(k);
                v.forEach(e -> course(a.addObject(), e));
            });
        }
        if (!c.documents().isEmpty()) {
            ObjectNode docs = n.putObject("dokumenter");
            c.documents().forEach((k, d) -> {
                ObjectNode o = docs.putObject(k);
                if (d.date() != null) {
                    o.put("dato", text(d.date()));
                }
                d.elements().forEach(o::put);
            });
        }
        if (!c.medicalEvidence().isEmpty()) {
            ArrayNode a = n.putArray("lægelige_oplysninger");
            c.medicalEvidence().forEach(a::add);
        }
        if (!c.fields().isEmpty()) {
            ObjectNode fields = n.putObject("felter");
            c.fields().forEach(fields::put);
        }
        Review r = c.review();
        ObjectNode review = n.putObject("vurdering");
        if (r.reviewer() != null) {
            review.put("bedømmer", r.reviewer());
        }
        if (!r.answers().isEmpty()) {
            ObjectNode answers = review.putObject("svar");
            r.answers().forEach(answers::put);
        }
        if (r.verdict() != null) {
            review.put("samlet", r.verdict());
        }
        if (r.remark() != null) {
            review.put("bemærkning", r.remark());
        }
        return n;
    }

    private static void course(ObjectNode o, CourseEntry e) {
        o.put("fra", text(e.from()));
        if (e.to() != null) {
            o.put("til", text(e.to()));
        }
        if (e.hoursPerWeek() != null) {
            o.put("timer_pr_uge", e.hoursPerWeek());
        }
        if (e.field() != null) {
            o.put("område", e.field());
        }
        e.flags().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(f -> o.put(f.getKey(), f.getValue()));
    }

    private static String text(LocalDate d) {
        return d.toString();
    }
}
