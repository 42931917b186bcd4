package dk.praksis.cases;

/**
 * Field paths as every reader records them in {@link Origin#places()} and every message shows them.
 * List positions count from 1, as a user counts rows ("perioder[2]" is the second period).
 */
public final class CasePaths {

    public static final String ID = "id";
    public static final String KOMMUNE = "kommune";
    public static final String CASE_TYPE = "sagstype";
    public static final String DECISION = "afgørelse";
    public static final String DECISION_DATE = "afgørelse.dato";
    public static final String DECISION_PRESENT = "afgørelse.foreligger";
    public static final String DECISION_FULLY_GRANTED = "afgørelse.fuldt_medhold";
    public static final String PERIODS = "perioder";
    public static final String EVENTS = "hændelser";
    public static final String DOCUMENTS = "dokumenter";
    public static final String MEDICAL = "lægelige_oplysninger";
    public static final String FIELDS = "felter";
    public static final String DATES = "datoer";
    public static final String REVIEW = "vurdering";
    public static final String REVIEWER = "vurdering.bedømmer";
    public static final String ANSWERS = "vurdering.svar";
    public static final String VERDICT = "vurdering.samlet";
    public static final String REMARK = "vurdering.bemærkning";
    /** The second reviewer's independent answer set (double review, for calibration only). */
    public static final String SECOND_REVIEW = "anden_vurdering";

    /** The field paths of one answer set: {@link #FIRST} scores the case, {@link #SECOND} calibrates. */
    public record ReviewPaths(String root) {
        public static final ReviewPaths FIRST = new ReviewPaths(REVIEW);
        public static final ReviewPaths SECOND = new ReviewPaths(SECOND_REVIEW);

        public String reviewer() {
            return root + ".bedømmer";
        }

        public String answers() {
            return root + ".svar";
        }

        public String answer(String itemId) {
            return answers() + "." + itemId;
        }

        /** The reasons beside the answers, by item id. */
        public String reasons() {
            return root + ".begrundelser";
        }

        public String reason(String itemId) {
            return reasons() + "." + itemId;
        }

        public String verdict() {
            return root + ".samlet";
        }

        public String remark() {
            return root + ".bemærkning";
        }
    }

    private CasePaths() {
    }

    /** {@code index} counts from 0. */
    public static String indexed(String list, int index) {
        return list + "[" + (index + 1) + "]";
    }

    public static String period(int index) {
        return indexed(PERIODS, index);
    }

    /** A course entry, e.g. "arbejdsprøvninger[1]": the course name is the path whatever the format. */
    public static String course(String course, int index) {
        return indexed(course, index);
    }

    public static String event(String name, int index) {
        return indexed(EVENTS + "." + name, index);
    }

    public static String answer(String itemId) {
        return ANSWERS + "." + itemId;
    }

    public static String document(String name) {
        return DOCUMENTS + "." + name;
    }

    public static String field(String name) {
        return FIELDS + "." + name;
    }

    public static String date(String name) {
        return DATES + "." + name;
    }
}
