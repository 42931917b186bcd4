package dk.praksis.report.excel;

import dk.praksis.stats.Share;
import java.util.Arrays;
import java.util.List;

/** The five cells of a share: antal, nævner, andel, nedre and øvre grænse (blank when there is no denominator). */
final class ShareCells {

    private ShareCells() {
    }

    static List<Object> of(Share s) {
        if (!s.defined()) {
            return Arrays.asList(s.count(), s.total(), null, null, null);
        }
        return Arrays.asList(s.count(), s.total(), s.value(), s.interval().lower(), s.interval().upper());
    }

    /** Andel, nedre and øvre grænse only. */
    static List<Object> shareOnly(Share s) {
        return of(s).subList(2, 5);
    }
}
