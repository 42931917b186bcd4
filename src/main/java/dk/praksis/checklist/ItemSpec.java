package dk.praksis.checklist;

import java.util.List;

/** The type-specific parameters of a checklist item. */
public sealed interface ItemSpec {

    /** Answered by the reviewer on a named scale. */
    record Assessment(String scale) implements ItemSpec {
    }

    /**
     * A deadline. {@code FRA_DATO}: due {@code length} after the date at {@code startField}.
     * {@code SAMMENLAGT}: due when the days spent in periods of {@code periodTypes} add up to
     * {@code length} (within a rolling {@code window} when given). Met by a date in the case's
     * event list {@code event}; with {@code restarts} the count starts afresh after each event.
     */
    record Deadline(Counting counting, String startField, List<String> periodTypes, Span length,
                    Span window, String event, boolean restarts, int toleranceDays,
                    MonthCounting monthCounting) implements ItemSpec {
        public Deadline {
            periodTypes = List.copyOf(periodTypes);
        }
    }

    enum Counting { FRA_DATO, SAMMENLAGT }

    /**
     * How cumulative time is measured against a length in months.
     * KALENDER: the length is laid out on the calendar from the first counted day, and every
     * non-counting day in between pushes the due date one day later.
     * DAGE_30: each month is 30 counted days, each year 365.
     */
    enum MonthCounting { KALENDER, DAGE_30 }

    /** The named document holds every element, each with at least {@code minChars} characters. */
    record Completeness(String document, List<String> elements, int minChars) implements ItemSpec {
        public Completeness {
            elements = List.copyOf(elements);
        }
    }

    /**
     * Requirements over a list of dated periods on the case (e.g. "arbejdsprøvninger").
     * Null fields are not required.
     *
     * @param endBy          field path; only entries ending on or before it count (e.g. afgørelse.dato)
     * @param flagsAll       boolean entry fields that must be true on every counted entry
     */
    record Course(String course, Integer minCount, String endBy, Span minTotalDuration,
                  Span minSingleDuration, Double minHoursPerWeek, Double maxStartHoursPerWeek,
                  List<String> flagsAll) implements ItemSpec {
        public Course {
            flagsAll = List.copyOf(flagsAll);
        }
    }

    /** The date at {@code first} lies before the date at {@code second}, at most {@code maxGap} before when given. */
    record DateOrder(String first, String second, Span maxGap) implements ItemSpec {
    }
}
