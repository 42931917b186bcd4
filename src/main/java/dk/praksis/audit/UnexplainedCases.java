package dk.praksis.audit;

import dk.praksis.results.ResultsBuilder;
import dk.praksis.scoring.CaseResult;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The cases whose reviewer's verdict differs from the answers' without a remark ({@link CaseResult#unexplained()}),
 * counted as they are scored: how many, and the ids of the first few in the order the outputs list cases, which is
 * all {@code audit}'s warning names. Mutable while it is being filled; not thread-safe.
 */
final class UnexplainedCases {

    /** A case's place in {@link ResultsBuilder#CASE_ORDER}; equal kommune and id keep the order they arrived in. */
    private record Key(String kode, String id, long arrival) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::kode).thenComparing(Key::id)
            .thenComparingLong(Key::arrival);

    private final int named;
    private final TreeSet<Key> first = new TreeSet<>(ORDER);
    private long arrived;
    private int count;

    /** Keeps the ids of the first {@code named} cases. */
    UnexplainedCases(int named) {
        this.named = named;
    }

    void add(CaseResult c) {
        arrived++;
        if (!c.unexplained()) {
            return;
        }
        count++;
        first.add(new Key(ResultsBuilder.kommuneRef(c.kommune()).kode(), c.caseId(), arrived));
        if (first.size() > named) {
            first.pollLast();
        }
    }

    /** How many cases are unexplained. */
    int count() {
        return count;
    }

    /** The first ids, in case order. */
    List<String> firstIds() {
        return first.stream().map(Key::id).toList();
    }
}
