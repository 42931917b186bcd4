package dk.praksis.compare;

/** An item id in one audit year, written "2010/AP2" in mapping files and outputs. */
public record YearItem(String year, String itemId) {

    /** Parses "2010/AP2"; null when the text has no year part or no id part. */
    static YearItem parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return null;
        }
        return new YearItem(text.substring(0, slash).trim(), text.substring(slash + 1).trim());
    }

    @Override
    public String toString() {
        return year + "/" + itemId;
    }
}
