package dk.praksis.testdata;

import dk.praksis.cases.Case;
import dk.praksis.cases.Review;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ItemSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The 2011 sample's double review: about one case in four (chosen by its id) is scored a second time by another
 * reviewer, who mostly answers as the first did but differs now and then on a judgement (a "delvis" for a "ja", a
 * "nej" for a "delvis") and on a few verdicts, as calibration rounds at a board do. Cases that already carry a
 * second answer set keep it, so applying this twice changes nothing.
 */
final class SampleCalibration {

    /** The board's reviewers; the second is the next one after the first. */
    private static final List<String> REVIEWERS = List.of("R1", "R2", "R3");

    private SampleCalibration() {
    }

    static Case withSecondReview(Case c, Checklist checklist) {
        if (c.doubleReviewed() || Math.floorMod(c.id().hashCode(), 4) != 0) {
            return c;
        }
        SplittableRandom random = new SplittableRandom(c.id().hashCode() * 31L + 2011);
        Review first = c.review();
        Map<String, String> answers = new LinkedHashMap<>();
        first.answers().forEach((item, answer) -> answers.put(item, differ(checklist, item, answer, random)));
        String verdict = first.verdict();
        if (verdict != null && random.nextInt(5) == 0) {
            verdict = switch (verdict) {
                case Checklist.VERDICT_OK -> "hjemvisning";
                case "hjemvisning" -> Checklist.VERDICT_OK;
                case "ændring" -> "hjemvisning";
                default -> verdict;
            };
        }
        return c.withSecondReview(new Review(next(first.reviewer()), answers, verdict, null));
    }

    private static String next(String reviewer) {
        int i = REVIEWERS.indexOf(reviewer);
        return REVIEWERS.get(i < 0 ? 1 : (i + 1) % REVIEWERS.size());
    }

    /**
     * The answer, or now and then (one in eight) the nearest other judgement: a met answer becomes the mildest
     * not-met one ("delvis"), a not-met one becomes met, a counted (Likert) answer moves one step; "ikke relevant"
     * is never changed.
     */
    private static String differ(Checklist checklist, String item, String answer, SplittableRandom random) {
        boolean differs = random.nextInt(8) == 0;
        AnswerScale scale = checklist.item(item).map(i -> i.spec()).filter(ItemSpec.Assessment.class::isInstance)
                .map(s -> checklist.scales().get(((ItemSpec.Assessment) s).scale())).orElse(null);
        if (!differs || scale == null || scale.notRelevant().stream().anyMatch(answer::equalsIgnoreCase)) {
            return answer;
        }
        String a = scale.canonical(answer).orElse(answer);
        if (scale.counted()) {
            int at = scale.values().indexOf(a);
            return scale.values().get(at + 1 < scale.values().size() ? at + 1 : at - 1);
        }
        if (scale.met().contains(a) && !scale.notMet().isEmpty()) {
            return scale.notMet().get(scale.notMet().size() - 1);
        }
        return scale.notMet().contains(a) && !scale.met().isEmpty() ? scale.met().get(0) : answer;
    }
}
