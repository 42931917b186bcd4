package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A family of related changes that Benjamini–Hochberg's correction is applied within. The verdict shares for
 * all kommuner are the primary question of a comparison; kommune by kommune and question by question are
 * exploratory, and adjusting the primary measure together with hundreds of exploratory tests would drown it.
 */
public enum Family {
    TOTAL_VERDICTS("alle_kommuner_vurdering", "Alle kommuner – samlet vurdering", "Samlet vurdering for alle kommuner"),
    TOTAL_ITEMS("alle_kommuner_spørgsmål", "Alle kommuner – spørgsmål", "Spørgsmål for alle kommuner"),
    KOMMUNE_VERDICTS("kommuner_vurdering", "Kommunerne – samlet vurdering", "Samlet vurdering pr. kommune"),
    KOMMUNE_ITEMS("kommuner_spørgsmål", "Kommunerne – spørgsmål", "Spørgsmål pr. kommune");

    private final String key;
    private final String title;
    private final String phrase;

    Family(String key, String title, String phrase) {
        this.key = key;
        this.title = title;
        this.phrase = phrase;
    }

    /** The family of a unit's verdict or item changes. */
    static Family of(UnitComparison unit, boolean verdicts) {
        boolean total = unit.kommune() == null;
        if (verdicts) {
            return total ? TOTAL_VERDICTS : KOMMUNE_VERDICTS;
        }
        return total ? TOTAL_ITEMS : KOMMUNE_ITEMS;
    }

    /** The key in sammenligning.json, e.g. "alle_kommuner_vurdering". */
    @JsonValue
    public String key() {
        return key;
    }

    /** The Danish heading, e.g. "Alle kommuner – samlet vurdering" (workbook column, PDF). */
    public String title() {
        return title;
    }

    /** The Danish lead of the one-line count, e.g. "Samlet vurdering for alle kommuner". */
    public String phrase() {
        return phrase;
    }
}
