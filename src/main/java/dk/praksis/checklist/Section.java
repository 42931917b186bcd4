package dk.praksis.checklist;

import java.util.List;

/** A themed group of items ({@code afsnit}), e.g. "Arbejdsprøvning". */
public record Section(String id, String title, List<String> caseTypes, List<Item> items) {

    public Section {
        caseTypes = List.copyOf(caseTypes);
        items = List.copyOf(items);
    }
}
