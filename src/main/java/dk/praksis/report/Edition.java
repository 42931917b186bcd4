package dk.praksis.report;

/**
 * Who a report is for, which decides what it may show about single cases.
 * <ul>
 * <li>{@link #PUBLIC}: the overall report a board can publish: no case list, no case ids, no dates of single
 *     cases, no reviewers' remarks or codes, and small cells suppressed ({@link SmallCells}).</li>
 * <li>{@link #INTERNAL}: the overall report for the board itself, with the case list.</li>
 * <li>{@link #KOMMUNE}: a kommune's attachment: its own figures and its own cases only.</li>
 * </ul>
 */
public enum Edition {
    PUBLIC, INTERNAL, KOMMUNE;

    /** Whether the report lists cases, with ids, reasons and remarks (Sagsoversigt). */
    public boolean listsCases() {
        return this != PUBLIC;
    }
}
