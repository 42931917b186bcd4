package dk.praksis.cases;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A document in the case file, e.g. the ressourceprofil: its date and its elements' texts. */
public record CaseDocument(LocalDate date, Map<String, String> elements) {

    public CaseDocument {
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
    }
}
