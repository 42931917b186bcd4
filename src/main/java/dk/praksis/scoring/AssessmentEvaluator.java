package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.text.DanishList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code vurdering}: the reviewer's answer mapped through the item's scale. */
final class AssessmentEvaluator implements ItemEvaluator<ItemSpec.Assessment> {

    private final Map<String, AnswerScale> scales;

    AssessmentEvaluator(Map<String, AnswerScale> scales) {
        this.scales = scales;
    }

    @Override
    public ItemResult evaluate(Item item, ItemSpec.Assessment spec, Case c, LocalDate asOf) {
        AnswerScale scale = scales.get(spec.scale());
        if (scale == null) {
            throw new IllegalStateException("item " + item.id() + " names unknown scale " + spec.scale());
        }
        String raw = c.review().answers().get(item.id());
        if (raw == null || raw.isBlank()) {
            return ItemEvaluator.notRelevant(item, "Bedømmeren har ikke besvaret spørgsmålet.");
        }
        Optional<String> answer = scale.canonical(raw);
        if (answer.isEmpty()) {
            // The value is not echoed: free text in an answer cell may hold personal data.
            return ItemEvaluator.notRelevant(item, "Bedømmerens svar findes ikke på svarskalaen " + scale.id()
                    + " (" + DanishList.or(scale.values()) + ").");
        }
        String a = answer.get();
        String given = c.review().reasons().get(item.id());
        String reason = given == null || given.isBlank() ? null : given;
        String said = said("Bedømmeren har svaret " + a, reason);
        if (scale.counted()) {
            return new ItemResult(item.id(), Outcome.OPTALT, a, "Bedømmerens svar: " + a + "."
                    + (reason == null ? "" : " " + sentence(reason)), null);
        }
        if (contains(scale.met(), a)) {
            return new ItemResult(item.id(), Outcome.OPFYLDT, a, said, null);
        }
        if (contains(scale.notMet(), a)) {
            Optional<String> own = scale.consequenceOf(a);
            return own.map(k -> new ItemResult(item.id(), Outcome.IKKE_OPFYLDT, a, reason == null
                            ? "Bedømmeren har svaret " + a + "; det svar giver konsekvensen " + k + "."
                            : said + " Det svar giver konsekvensen " + k + ".", k))
                    .orElseGet(() -> new ItemResult(item.id(), Outcome.IKKE_OPFYLDT, a, said, item.consequence()));
        }
        return new ItemResult(item.id(), Outcome.IKKE_RELEVANT, a, said, null);
    }

    /**
     * What the reviewer said as one sentence: "Bedømmeren har svaret nej." or, with the reviewer's
     * reason, "Bedømmeren har svaret nej: Ressourceprofilen beskriver kun begrænsningerne."
     */
    private static String said(String answered, String reason) {
        return reason == null ? answered + "." : answered + ": " + sentence(reason);
    }

    /** Compiled once: the reason of every answered item of every case is checked. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");

    /** The reviewer's reason as written, ending as a sentence does. */
    private static String sentence(String reason) {
        String r = reason.strip();
        return SENTENCE_END.matcher(r).matches() ? r : r + ".";
    }

    private static boolean contains(List<String> values, String a) {
        for (String v : values) {
            if (v.equalsIgnoreCase(a)) {
                return true;
            }
        }
        return false;
    }
}
