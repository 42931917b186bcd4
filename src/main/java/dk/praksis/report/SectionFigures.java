package dk.praksis.report;

import java.util.List;

/**
 * One checklist section (theme): its items' figures and the theme counted per case.
 *
 * @param unitCases the unit's cases that met the theme (every question relevant in the case met), failed it
 *                  (at least one not met) or had none of it relevant; the share met is of cases, so its
 *                  interval is sound where one pooled over several answers per case would be too narrow
 * @param allCases  the same over all kommuner
 */
public record SectionFigures(String id, String title, ItemStats unitCases, ItemStats allCases,
                             List<ItemFigures> items) {

    public SectionFigures {
        items = List.copyOf(items);
    }
}
