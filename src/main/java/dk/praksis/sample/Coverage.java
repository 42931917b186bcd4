package dk.praksis.sample;

/**
 * A ledelsestilsyn's promise to look at every caseworker during the year (the sample file's {@code dækning}):
 * the population column that names the caseworker, and how many regular draws the year has.
 *
 * @param field        a column of the population list holding the caseworker's code, e.g. sagsbehandler
 * @param drawsPerYear how many regular draws the year has (12 for a monthly review)
 */
public record Coverage(String field, int drawsPerYear) {

    /** The column a re-draw for a named caseworker looks in when the plan says no other. */
    public static final String DEFAULT_FIELD = "sagsbehandler";
}
