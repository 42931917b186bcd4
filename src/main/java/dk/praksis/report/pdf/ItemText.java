package dk.praksis.report.pdf;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;

/** The line under a question in the måleskema saying how it is answered. */
final class ItemText {

    private ItemText() {
    }

    static String describe(Checklist checklist, Item item) {
        if (item.spec() instanceof ItemSpec.Assessment a) {
            return "Besvares af bedømmeren på skalaen " + a.scale() + ".";
        }
        return "Beregnes ud fra sagens oplysninger (" + item.type().key() + ").";
    }
}
