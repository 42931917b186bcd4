package dk.praksis.report;

import dk.praksis.scoring.CaseResult;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A unit's case rows as a view over its scored cases, each row made when it is read: the cases may lie on disk
 * ({@link dk.praksis.results.CaseStore}), and the outputs that list them read one at a time.
 */
final class CaseRows extends AbstractList<CaseRow> implements RandomAccess {

    private final List<CaseResult> cases;
    private final Function<CaseResult, CaseRow> row;

    CaseRows(List<CaseResult> cases, Function<CaseResult, CaseRow> row) {
        this.cases = cases;
        this.row = row;
    }

    @Override
    public CaseRow get(int index) {
        return row.apply(cases.get(index));
    }

    @Override
    public int size() {
        return cases.size();
    }
}
