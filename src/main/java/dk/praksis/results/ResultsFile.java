package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The machine-readable result of one audit run ({@code resultater.json}), the input of {@code compare}.
 * The contract is documented in docs/resultater.md; {@link #FORMAT} names its version.
 *
 * @param items the checklist's items in checklist order
 * @param cases sorted by kommunekode, then case id
 * @param calibration agreement between the reviewers of double-reviewed cases, or null when there are none
 */
@JsonPropertyOrder({"format", "undersøgelse", "måleskema", "spørgsmål", "aggregater", "kalibrering", "sager"})
public record ResultsFile(
        @JsonProperty("format") String format,
        @JsonProperty("undersøgelse") AuditInfo audit,
        @JsonProperty("måleskema") ChecklistInfo checklist,
        @JsonProperty("spørgsmål") List<ItemInfo> items,
        @JsonProperty("aggregater") Aggregates aggregates,
        @JsonProperty("sager") List<CaseEntry> cases,
        @JsonProperty("kalibrering") CalibrationEntry calibration) {

    public static final String FORMAT = "praksis-resultater/1";

    public ResultsFile {
        items = List.copyOf(items);
        cases = cases instanceof ResultsBuilder.EntryView ? cases : List.copyOf(cases); // a view is immutable already
    }

    /** A results file without double review. */
    public ResultsFile(String format, AuditInfo audit, ChecklistInfo checklist, List<ItemInfo> items,
                       Aggregates aggregates, List<CaseEntry> cases) {
        this(format, audit, checklist, items, aggregates, cases, null);
    }
}
