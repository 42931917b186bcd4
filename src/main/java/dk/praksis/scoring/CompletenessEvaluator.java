package dk.praksis.scoring;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.DanishList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fuldstændighed}: every element of a document is present with at least {@code minChars}
 * characters (counted as Unicode characters after trimming surrounding spaces).
 */
final class CompletenessEvaluator implements ItemEvaluator<ItemSpec.Completeness> {

    @Override
    public ItemResult evaluate(Item item, ItemSpec.Completeness spec, Case c, LocalDate asOf) {
        String doc = DanishText.words(spec.document());
        CaseDocument d = c.documents().get(spec.document());
        if (d == null) {
            return ItemEvaluator.notMet(item, "Sagen indeholder ingen " + doc + ".");
        }
        List<String> missing = new ArrayList<>();
        List<String> tooShort = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (String e : spec.elements()) {
            String text = d.elements().get(e);
            int n = text == null ? 0 : text.strip().codePointCount(0, text.strip().length());
            if (n == 0) {
                missing.add(DanishText.words(e));
            } else if (n < spec.minChars()) {
                tooShort.add(DanishText.words(e));
                lengths.add(n);
            }
        }
        if (missing.isEmpty() && tooShort.isEmpty()) {
            return ItemEvaluator.met(item, DanishLetters.capitalise(doc) + " indeholder alle " + spec.elements().size()
                    + " elementer" + (spec.minChars() > 0 ? " med mindst " + spec.minChars() + " tegn" : "") + ".");
        }
        List<String> sentences = new ArrayList<>();
        if (!missing.isEmpty()) {
            sentences.add((missing.size() == 1 ? "Elementet " : "Elementerne ") + DanishList.and(missing)
                    + " mangler i " + doc + ".");
        }
        if (!tooShort.isEmpty()) {
            // A sentence a caseworker reads, not a measurement: "Elementet helbred er kun beskrevet med 8 tegn; ..."
            List<String> counts = lengths.stream().map(String::valueOf).toList();
            sentences.add((tooShort.size() == 1 ? "Elementet " : "Elementerne ") + DanishList.and(tooShort)
                    + " er kun beskrevet med " + DanishList.and(counts) + " tegn; der skal mindst " + spec.minChars()
                    + " tegn til en beskrivelse.");
        }
        return ItemEvaluator.notMet(item, String.join(" ", sentences));
    }
}
