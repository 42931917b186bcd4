package dk.praksis.testdata;

import dk.praksis.cases.Case;
import dk.praksis.cases.CourseEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What the 2009–2011 sample cases hold for the questions and facts version 2 of
 * fleksjob-2010.yaml added (VV4, VV5, AP2 as a reviewer question, RP4, RV5–RV8, and the facts
 * fuldt_medhold and afprøvning_åbenbart_formålsløs). The answers follow each case's story and agree
 * with what the reviewer already said about it: a new question fails only in a case the reviewer
 * found would be reversed (drawn with the case id as seed), or where the case's own facts say so
 * (no work trial, resources not described, the main trial's function description). So the
 * development over the years — and Svendborg's lack of it — stays what the reviewers' verdicts
 * show. Only what a case lacks is filled in, so applying the story twice changes nothing.
 */
final class SampleStory {

    private SampleStory() {
    }

    /** The reviewer answers the case lacks, in checklist order. */
    static Map<String, String> missingAnswers(Case c) {
        Map<String, String> have = c.review().answers();
        Map<String, String> add = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(c.id().hashCode() * 7919L + 17);
        boolean troubled = reversal(c.review().verdict());
        if (!c.decision().present()) {
            // Nothing was decided, so there is nothing to assess (the reviewer says so for RV1 too).
            List<String> ids = c.caseType().equals("bevilling") ? List.of("VV4", "VV5", "AP2", "RP4")
                    : List.of("RV5", "RV6", "RV7", "RV8");
            ids.forEach(id -> put(add, have, id, "ikke relevant"));
            return add;
        }
        // New questions fail only where the reviewer already found the decision would be reversed, so
        // the reviewers' overall verdicts still follow from their answers.
        if (c.caseType().equals("bevilling")) {
            boolean formålsløs = pointlessTrial(c);
            boolean noTrial = trialsBeforeDecision(c).isEmpty();
            put(add, have, "VV4", formålsløs ? "ja" : noTrial ? "nej" : troubled ? nej(random, 0.4) : "ja");
            put(add, have, "VV5", troubled ? nej(random, 0.25) : "ja");
            put(add, have, "AP2", mainTrial(c).map(t -> Boolean.TRUE.equals(t.flags().get("funktioner_beskrevet"))
                    ? "ja" : "nej").orElse("ikke relevant"));
            boolean resourcesLacking = lacking(have.get("RP3")) || lacking(have.get("VV2"));
            put(add, have, "RP4", resourcesLacking ? "nej" : troubled ? nej(random, 0.3) : "ja");
        } else if (c.caseType().equals("revurdering")) {
            boolean contentLacking = lacking(have.get("RV1"));
            for (String id : List.of("RV5", "RV6", "RV7", "RV8")) {
                put(add, have, id, contentLacking ? nej(random, 0.7) : troubled ? nej(random, 0.3) : "ja");
            }
        }
        return add;
    }

    /**
     * The facts the case lacks: whether the decision gave everything asked for (a fact of the
     * decision; SampleYears moves it there), and pointless trials.
     */
    static Map<String, String> missingFields(Case c) {
        Map<String, String> add = new LinkedHashMap<>();
        if (!c.decision().present()) {
            return add;
        }
        SplittableRandom random = new SplittableRandom(c.id().hashCode() * 104729L + 3);
        if (c.decision().fullyGranted() == null && !c.fields().containsKey("fuldt_medhold")) {
            Map<String, String> a = c.review().answers();
            boolean reasonsLacking = lacking(a.get("FV2")) || lacking(a.get("FV3"));
            double share = c.caseType().equals("bevilling") ? 0.8 : 0.6;
            add.put("fuldt_medhold", reasonsLacking || random.nextDouble() >= share ? "nej" : "ja");
        }
        if (c.caseType().equals("bevilling") && !c.fields().containsKey("afprøvning_åbenbart_formålsløs")
                && pointlessTrial(c)) {
            add.put("afprøvning_åbenbart_formålsløs", "ja");
        }
        return add;
    }

    /**
     * A bevilling without any work trial that the reviewer still found in order: the file must
     * show that a trial was obviously pointless.
     */
    private static boolean pointlessTrial(Case c) {
        return "ja".equals(c.fields().get("afprøvning_åbenbart_formålsløs"))
                || (trialsBeforeDecision(c).isEmpty() && "i_overensstemmelse".equals(c.review().verdict()));
    }

    /** The trial the assessment rests on: the longest one that ended by the decision. */
    private static Optional<CourseEntry> mainTrial(Case c) {
        return trialsBeforeDecision(c).stream()
                .max(Comparator.comparingLong(t -> ChronoUnit.DAYS.between(t.from(), t.to())));
    }

    private static List<CourseEntry> trialsBeforeDecision(Case c) {
        LocalDate decided = c.decision().date();
        return c.courses().getOrDefault("arbejdsprøvninger", List.of()).stream()
                .filter(t -> t.from() != null && t.to() != null)
                .filter(t -> decided == null || !t.to().isAfter(decided))
                .toList();
    }

    private static void put(Map<String, String> add, Map<String, String> have, String id, String answer) {
        if (!have.containsKey(id)) {
            add.put(id, answer);
        }
    }

    private static String nej(SplittableRandom random, double p) {
        return random.nextDouble() < p ? "nej" : "ja";
    }

    private static boolean lacking(String answer) {
        return "nej".equals(answer) || "delvis".equals(answer);
    }

    private static boolean reversal(String verdict) {
        return "ændring".equals(verdict) || "hjemvisning".equals(verdict);
    }
}
