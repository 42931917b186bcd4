package dk.praksis.report.excel;

/** How the cells of a column are typed and styled. */
enum Kind {
    /** a short string */
    TEXT,
    /** a string that may run long: wrapped, wider column */
    LONG_TEXT,
    /** a whole number */
    INTEGER,
    /** a share between 0 and 1, shown with a percent format */
    PERCENT,
    /** a LocalDate, shown as dd.mm.yyyy */
    DATE,
    /** a number with two decimals, e.g. a kappa */
    DECIMAL
}
