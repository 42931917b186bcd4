package dk.praksis.report;

import dk.praksis.stats.Share;

/**
 * The public report's rule for small numbers: a kommune's count of 1 or 2 cases with some result is not
 * shown (nor its percentage or interval, from which it could be worked back), as so few cases could be
 * recognised by someone who knows the kommune. Zero is shown: no case can be singled out from none. The
 * figures for all kommuner together are always shown.
 */
public final class SmallCells {

    /** The smallest count of cases a public report shows for a single kommune, zero apart. */
    public static final int MIN_SHOWN = 3;

    private SmallCells() {
    }

    /** Whether a kommune's count is hidden in the public report. */
    public static boolean hides(int count) {
        return count > 0 && count < MIN_SHOWN;
    }

    /** Whether the share's count is hidden in the public report. */
    public static boolean hides(Share share) {
        return hides(share.count());
    }
}
