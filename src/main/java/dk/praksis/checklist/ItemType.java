package dk.praksis.checklist;

/** The kinds of checklist item; the YAML spelling is {@link #key()}. */
public enum ItemType {
    VURDERING("vurdering"),
    FRIST("frist"),
    FULDSTAENDIGHED("fuldstændighed"),
    FORLOEB("forløb"),
    DATO_FOER("dato_før"),
    HYPPIGHED("hyppighed");

    private final String key;

    ItemType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
