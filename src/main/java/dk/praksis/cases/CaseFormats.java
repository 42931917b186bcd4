package dk.praksis.cases;

import dk.praksis.checklist.Checklist;
import dk.praksis.cases.tables.CsvCaseFormat;
import dk.praksis.cases.tables.KommuneLookup;
import dk.praksis.cases.tables.XlsxCaseFormat;
import java.util.List;
import java.util.Optional;

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
        KommuneLookup lookup = new KommuneLookup() {
            @Override
            public Optional<Kommune> find(String nameOrCode) {
                return kommuner.find(nameOrCode);
            }

            @Override
            public String unknownMessage(String nameOrCode) {
                return kommuner.unknownMessage(nameOrCode);
            }
        };
        return List.of(
                new CanonicalCaseFormat(kommuner),
                new XlsxCaseFormat(checklist, lookup),
                new CsvCaseFormat(checklist, lookup));
    }
}
