package dk.praksis.checklist;

import java.util.List;

/**
 * One question of the checklist.
 *
 * @param caseTypes    the case types it applies to (already narrowed by its section); empty = all
 * @param condition    an extra applicability condition, or null
 * @param consequence  the consequence id a failure carries ({@code ved_ikke_opfyldt}), or null
 * @param rule         its legal source ({@code regel}), or null
 * @param line         the line in the checklist file where it starts, for messages
 */
public record Item(String id, String text, ItemType type, List<String> caseTypes, Condition condition,
                   String consequence, String rule, String note, ItemSpec spec, int line) {

    public Item {
        caseTypes = List.copyOf(caseTypes);
    }
}
