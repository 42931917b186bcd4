package dk.praksis.cases;

/** A user's value quoted in a message only when it is short and holds nothing that looks personal. */
final class Quoted {

    private static final int MAX = 40;

    private Quoted() {
    }

    static String of(String value) {
        if (value == null) {
            return "(tom)";
        }
        if (value.length() > MAX || PersonalDataDetector.STANDARD.anyIn(value)) {
            return "(værdien vises ikke)";
        }
        return "'" + value + "'";
    }
}
