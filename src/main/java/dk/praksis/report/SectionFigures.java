package dk.praksis.report;

import java.util.List;

/**
 * One checklist section: its items' figures and the section totals (sums over its judged items).
 */
public record SectionFigures(String id, String title, ItemStats unit, ItemStats all, List<ItemFigures> items) {

    public SectionFigures {
        items = List.copyOf(items);
    }
}
