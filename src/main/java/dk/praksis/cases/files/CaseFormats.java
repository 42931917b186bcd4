package dk.praksis.cases.files;

import dk.praksis.cases.CanonicalCaseFormat;
import dk.praksis.cases.CaseFormat;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.checklist.Checklist;
import dk.praksis.cases.tables.CsvCaseFormat;
import dk.praksis.cases.tables.XlsxCaseFormat;
import java.util.List;

/**
 * The input formats the tool reads, in the order they are asked (the first that accepts a file
 * reads it). One list, so that adding a format is one line here and CaseFiles never changes.
 * Formats get the checklist because the table formats lay out their columns from it.
 */
public final class CaseFormats {

    private CaseFormats() {
    }

    public static List<CaseFormat> standard(Checklist checklist) {
        KommuneRegister kommuner = KommuneRegister.standard();
        return List.of(
                new CanonicalCaseFormat(kommuner),
                new XlsxCaseFormat(checklist, kommuner),
                new CsvCaseFormat(checklist, kommuner));
    }
}
