package dk.praksis.cases;

/**
 * Where a value stands in its file, kept as the reader found it (numbers, a column) and put into words only
 * when a message shows it: a run of thousands of cases records dozens of places per case and shows almost
 * none. Every implementation's {@code toString()} is its {@link #text()}, so a place joined into a message
 * reads the same either way.
 */
public interface Place {

    /** "12:5", "Sager!F4" or "sager.csv række 4, kolonne afgørelse_dato". */
    String text();

    /** "line:column" in a YAML or JSON file, as the parser counts them from 1. */
    record LineColumn(int line, int column) implements Place {
        @Override
        public String text() {
            return line + ":" + column;
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
