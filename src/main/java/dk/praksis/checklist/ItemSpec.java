package dk.praksis.checklist;

import java.util.List;

/**
 * The type-specific parameters of a checklist item. Code that treats each type differently
 * implements {@link Visitor}, so a new type fails to compile until every such place handles it.
 */
public sealed interface ItemSpec {

    <R> R accept(Visitor<R> visitor);

    /** One method per item type. */
    interface Visitor<R> {
        R assessment(Assessment spec);

        R deadline(Deadline spec);

        R completeness(Completeness spec);

        R course(Course spec);

        R dateOrder(DateOrder spec);

        R frequency(Frequency spec);
    }

    /** Answered by the reviewer on a named scale. */
    record Assessment(String scale) implements ItemSpec {
        public <R> R accept(Visitor<R> v) {
            return v.assessment(this);
        }
    }

    /**
     * A deadline. {@code FRA_DATO}: due {@code length} after the date at {@code startField}.
     * {@code SAMMENLAGT}: due when the days spent in periods of {@code periodTypes} add up to
     * {@code length} (within a rolling {@code window} when given). Met by a date in the case's
     * event list {@code event}; with {@code restarts} the count starts afresh after each event.
     * <p>
     * With a {@code completion} the deadline has two moments: {@code length} (within {@code window})
     * is the trigger, the day the duty arises, and the event must come at the latest when the
     * cycle's counted days reach {@code completion} (counted sammenlagt from the cycle's first
     * counted day, never before the trigger). Without one, the trigger is the due date.
     *
     * @param nonCounting period types whose days never count, even inside a counting period
     *                    (e.g. ledighedsydelse received during barsel)
     * @param completion  the completion limit, or null for a one-moment deadline
     * @param move        how a move to another kommune extends the completion limit, or null
     */
    record Deadline(Counting counting, String startField, List<String> periodTypes, Span length,
                    Span window, String event, boolean restarts, int toleranceDays,
                    MonthCounting monthCounting, List<String> nonCounting, Span completion,
                    Move move) implements ItemSpec {
        public Deadline {
            periodTypes = List.copyOf(periodTypes);
            nonCounting = List.copyOf(nonCounting);
        }

        /** A one-moment deadline without non-counting types or a moving rule. */
        public Deadline(Counting counting, String startField, List<String> periodTypes, Span length, Span window,
                        String event, boolean restarts, int toleranceDays, MonthCounting monthCounting) {
            this(counting, startField, periodTypes, length, window, event, restarts, toleranceDays, monthCounting,
                    List.of(), null, null);
        }

        public <R> R accept(Visitor<R> v) {
            return v.deadline(this);
        }

        /** True when the trigger and the completion limit are separate moments. */
        public boolean twoMoments() {
            return completion != null;
        }

        /** The length the due date is counted to: the completion limit when given, else the trigger length. */
        public Span dueLength() {
            return completion != null ? completion : length;
        }
    }

    /**
     * A move to another kommune: when a date at {@code dateField} (a date, or every date of an
     * event list) falls inside a cycle and the completion limit lies less than {@code extension}
     * after it, the limit becomes the move plus {@code extension}.
     */
    record Move(String dateField, Span extension) {
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

        public <R> R accept(Visitor<R> v) {
            return v.completeness(this);
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

        public <R> R accept(Visitor<R> v) {
            return v.course(this);
        }
    }

    /** The date at {@code first} lies before the date at {@code second}, at most {@code maxGap} before when given. */
    record DateOrder(String first, String second, Span maxGap) implements ItemSpec {
        public <R> R accept(Visitor<R> v) {
            return v.dateOrder(this);
        }
    }

    /**
     * At least {@code min} dates of the event list in every {@code every} of a course: consecutive
     * windows from the date at {@code startField}, each judged once it has fully passed by the end of
     * the course (the date at {@code endField}, when given and earlier) or the item's horizon.
     */
    record Frequency(String event, int min, Span every, String startField, String endField) implements ItemSpec {
        public <R> R accept(Visitor<R> v) {
            return v.frequency(this);
        }
    }
}
