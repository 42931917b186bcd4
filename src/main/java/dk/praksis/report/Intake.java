package dk.praksis.report;

import dk.praksis.cases.Kommune;
import dk.praksis.text.DanishLetters;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the cases called in arrived, which were left out and why, and how many reserve cases replaced
 * them, per kommune: the account a method appendix gives of its sample. Empty when the audit file names no
 * sample list.
 *
 * @param kommuner one row per kommune of the sample list, in kommunekode order
 */
public record Intake(List<Row> kommuner) {

    public static final Intake NONE = new Intake(List.of());

    /** Why a case called in is not among the audited cases. */
    public enum Reason {
        NOT_RECEIVED("ikke modtaget"), WRONG_TYPE("forkert sagstype"), NO_DECISION("ingen afgørelse"), OTHER("andet");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The Danish label, also what the dropped-cases list may say. */
        public String label() {
            return label;
        }

        /** A reason as written in a list: "ikke modtaget", "ikke_modtaget", "Ingen afgoerelse" ... */
        public static Optional<Reason> parse(String text) {
            String key = DanishLetters.fold(text.strip()).replaceAll("[\\s_-]+", " ");
            return Arrays.stream(values()).filter(r -> DanishLetters.fold(r.label).equals(key)).findFirst();
        }
    }

    /**
     * One kommune.
     *
     * @param requested    cases called in (the sample, not the reserve)
     * @param received     of those, the ones among the audited cases
     * @param replacements reserve cases among the audited cases, in place of dropped ones
     * @param dropped      cases called in that are not audited, by reason
     * @param outsideDraw  audited cases of the kommune that are neither in the sample nor the reserve
     */
    public record Row(Kommune kommune, int requested, int received, int replacements, Map<Reason, Integer> dropped,
                      int outsideDraw) {

        public Row {
            EnumMap<Reason, Integer> copy = new EnumMap<>(Reason.class);
            copy.putAll(dropped);
            dropped = Collections.unmodifiableMap(copy);
        }

        public int droppedTotal() {
            return dropped.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int dropped(Reason reason) {
            return dropped.getOrDefault(reason, 0);
        }

        /** The cases audited: received plus replacements plus any outside the draw. */
        public int audited() {
            return received + replacements + outsideDraw;
        }
    }

    public Intake {
        kommuner = List.copyOf(kommuner);
    }

    public boolean isEmpty() {
        return kommuner.isEmpty();
    }

    /** All kommuner added up (kommune null). */
    public Row total() {
        EnumMap<Reason, Integer> dropped = new EnumMap<>(Reason.class);
        kommuner.forEach(r -> r.dropped().forEach((k, v) -> dropped.merge(k, v, Integer::sum)));
        return new Row(null, kommuner.stream().mapToInt(Row::requested).sum(),
                kommuner.stream().mapToInt(Row::received).sum(), kommuner.stream().mapToInt(Row::replacements).sum(),
                dropped, kommuner.stream().mapToInt(Row::outsideDraw).sum());
    }

    /** The row of one kommune, if it was in the sample list. */
    public Optional<Row> of(Kommune kommune) {
        return kommuner.stream().filter(r -> r.kommune().equals(kommune)).findFirst();
    }
}
