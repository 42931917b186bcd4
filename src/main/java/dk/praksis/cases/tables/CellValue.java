package dk.praksis.cases.tables;

import java.time.LocalDate;

/** A non-blank cell as a reader found it: text (all of CSV), or a typed workbook cell. */
public sealed interface CellValue {

    record Text(String text) implements CellValue {
    }

    record Number(double value) implements CellValue {
    }

    record DateValue(LocalDate date) implements CellValue {
    }

    record Bool(boolean value) implements CellValue {
    }
}
