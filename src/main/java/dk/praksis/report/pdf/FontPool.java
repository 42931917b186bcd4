package dk.praksis.report.pdf;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The fonts of one run's PDFs: each document borrows a whole family for as long as it is being written and
 * gives it back when it is closed, so a family serves one document at a time (a font's subset prefix is
 * drawn when its document closes) and the run parses the fonts once per thread rather than once per PDF.
 */
final class FontPool {

    private final Deque<FontFamily> free = new ArrayDeque<>();

    /** A family no other document is using, its subset prefixes started afresh. */
    synchronized FontFamily borrow() {
        FontFamily family = free.poll();
        return family == null ? new FontFamily() : family.forNextDocument();
    }

    /** Gives back a family whose document is closed. */
    synchronized void giveBack(FontFamily family) {
        free.push(family);
    }
}
