package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an item's comparison needs a note; {@link #key()} is the spelling in sammenligning.json. */
public enum ItemFlag {
    /** Same rule, new wording: compared, with a note. */
    WORDING_CHANGED("formulering_ændret"),
    /** The rule's fingerprint changed and no mapping declares correspondence: not compared across the change. */
    RULE_CHANGED("regel_ændret"),
    /** Matched across years by the mapping file. */
    MAPPED("mappingfil"),
    /** Present in one year only. */
    ONE_YEAR("kun_ét_år"),
    /** Answered on a counted scale (e.g. Likert): there is no share met to compare. */
    COUNTED("optællingsskala");

    private final String key;

    ItemFlag(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
