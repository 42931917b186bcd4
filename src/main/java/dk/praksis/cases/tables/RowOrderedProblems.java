package dk.praksis.cases.tables;

import dk.praksis.errors.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table reader's problems, reported as each case is assembled and put back in the order a user reads the
 * tables when the reader is done: the folder's own first, then table by table (layout order), row by row.
 * Problems of one row keep the order they were found in.
 */
final class RowOrderedProblems {

    /** Where a problem before any table (the folder's files) is sorted. */
    static final int FOLDER = -1;

    private final List<Problem> target;
    private final int start;
    private final List<Long> keys = new ArrayList<>();
    private long key = place(FOLDER, 0);

    /** Problems are added to {@code target} at once, so its reader sees them; {@link #finish} orders them. */
    RowOrderedProblems(List<Problem> target) {
        this.target = target;
        this.start = target.size();
    }

    /** The problems from now on belong to this table (index in layout order) and row (0: the table itself). */
    void at(int table, int row) {
        key = place(table, row);
    }

    void add(Problem p) {
        target.add(p);
        keys.add(key);
    }

    /** Puts the problems added since construction into table and row order (stable). */
    void finish() {
        List<Problem> added = target.subList(start, target.size());
        List<Integer> order = new ArrayList<>(added.size());
        for (int i = 0; i < added.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(keys::get));
        List<Problem> sorted = order.stream().map(added::get).toList();
        for (int i = 0; i < sorted.size(); i++) {
            added.set(i, sorted.get(i));
        }
    }

    private static long place(int table, int row) {
        return ((long) table << 32) | row;
    }
}
