package dk.praksis.scoring;

/** How one item came out for one case; {@link #key()} is the spelling in results files. */
public enum Outcome {
    OPFYLDT("opfyldt"),
    IKKE_OPFYLDT("ikke_opfyldt"),
    IKKE_RELEVANT("ikke_relevant"),
    /** A counted (e.g. Likert) answer: the value itself is the result. */
    OPTALT("optalt");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
