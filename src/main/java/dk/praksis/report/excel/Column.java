package dk.praksis.report.excel;

/** A column of a data table: its header (unique in the table) and its cell kind. */
record Column(String header, Kind kind) {

    static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    static Column longText(String header) {
        return new Column(header, Kind.LONG_TEXT);
    }

    static Column integer(String header) {
        return new Column(header, Kind.INTEGER);
    }

    static Column decimal(String header) {
        return new Column(header, Kind.DECIMAL);
    }

    static Column percent(String header) {
        return new Column(header, Kind.PERCENT);
    }
}
