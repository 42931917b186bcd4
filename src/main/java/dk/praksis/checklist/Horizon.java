package dk.praksis.checklist;

/**
 * Up to which date an item is judged ({@code horisont}): what was known on that day counts,
 * later events and periods do not. A practice audit judges the sampled decision as it stood
 * when it was made, so a deadline item about the decision looks no further than the decision.
 */
public enum Horizon {
    /** the audited decision's date (the default for {@code frist} items) */
    AFGOERELSE("afgørelse", "afgørelsen", "afgørelsesdatoen"),
    /** the last day of the audit period ({@code periode: {til}} in the audit file) */
    PERIODENS_SLUTNING("periodens_slutning", "undersøgelsesperiodens slutning", "periodens slutdato"),
    /** the as-of date ({@code opgørelsesdato}) */
    OPGOERELSESDATO("opgørelsesdato", "opgørelsesdatoen", "opgørelsesdatoen");

    private final String key;
    private final String words;
    private final String dateWords;

    Horizon(String key, String words, String dateWords) {
        this.key = key;
        this.words = words;
        this.dateWords = dateWords;
    }

    /** How a sentence names the day itself, e.g. "afgørelsesdatoen" in "på afgørelsesdatoen 15.03.2010". */
    public String dateWords() {
        return dateWords;
    }

    /** The YAML spelling. */
    public String key() {
        return key;
    }

    /** How a sentence names the date, e.g. "afgørelsen". */
    public String words() {
        return words;
    }

    /** The horizon an item has when its checklist does not say: the decision for deadlines, else the as-of date. */
    public static Horizon defaultFor(ItemType type) {
        return type == ItemType.FRIST ? AFGOERELSE : OPGOERELSESDATO;
    }

    public static Horizon ofKey(String key) {
        for (Horizon h : values()) {
            if (h.key.equals(key)) {
                return h;
            }
        }
        return null;
    }
}
