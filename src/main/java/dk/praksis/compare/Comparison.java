package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything {@code praksis compare} concludes, rendered as sammenligning.json, .xlsx and .pdf.
 *
 * @param level        the confidence level of every interval
 * @param items        every item chain, compared or not, with its notes
 * @param kommuner     kommuner present in at least two years, sorted by name
 * @param singleYear   kommuner present in one year only
 * @param notes        general Danish notes, e.g. that the years used different checklists
 * @param multiple     how many changes were tested and how many hold after correcting for that (added
 *                     within format 1: readers of the format ignore unknown fields)
 */
@JsonPropertyOrder({"format", "niveau", "år", "samme_måleskema", "noter", "mange_sammenligninger", "spørgsmål", "i_alt", "kommuner",
    "kommuner_kun_ét_år"})
public record Comparison(
        @JsonProperty("format") String format,
        @JsonProperty("niveau") double level,
        @JsonProperty("år") List<YearInfo> years,
        @JsonProperty("noter") List<String> notes,
        @JsonProperty("spørgsmål") List<ItemChain> items,
        @JsonProperty("i_alt") UnitComparison total,
        @JsonProperty("kommuner") List<UnitComparison> kommuner,
        @JsonProperty("kommuner_kun_ét_år") List<KommunePresence> singleYear,
        @JsonProperty("mange_sammenligninger") MultipleComparisons multiple) {

    public static final String FORMAT = "praksis-sammenligning/1";

    public Comparison {
        years = List.copyOf(years);
        notes = List.copyOf(notes);
        items = List.copyOf(items);
        kommuner = List.copyOf(kommuner);
        singleYear = List.copyOf(singleYear);
    }

    /** The latest as-of date among the years: the date the outputs carry, never "now". */
    public java.util.Optional<java.time.LocalDate> latestAsOf() {
        return years.stream().map(YearInfo::asOf).filter(java.util.Objects::nonNull).max(java.time.LocalDate::compareTo);
    }

    /** The item chain with the given key, e.g. "2010/AP2". */
    public java.util.Optional<ItemChain> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /**
     * Whether every year was scored with the same checklist (id, version, content); when not, the first note
     * says which year used which ({@link ChecklistsUsed}). Added within format 1.
     */
    @JsonProperty("samme_måleskema")
    public boolean sameChecklist() {
        return ChecklistsUsed.same(years);
    }

    /** The sentence naming each year's checklist when they are not all the same. */
    public java.util.Optional<String> checklistDifference() {
        return ChecklistsUsed.difference(years);
    }

    public List<String> yearLabels() {
        return years.stream().map(YearInfo::label).toList();
    }
}
