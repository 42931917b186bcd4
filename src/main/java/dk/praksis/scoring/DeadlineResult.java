package dk.praksis.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What the deadline engine found: one cycle per deadline (more than one when the count restarts
 * after each event), or none with the reason why no deadline arose.
 *
 * @param cycles        in date order; empty when no deadline arose
 * @param noDeadline    why no deadline arose (when {@code cycles} is empty), else null
 */
public record DeadlineResult(List<Cycle> cycles, NoDeadline noDeadline) {

    public DeadlineResult {
        cycles = List.copyOf(cycles);
    }

    public enum Status {
        /** the event came on or before the due date (plus tolerance) */
        MET,
        /** the event came too late, or not at all before the as-of date had passed the due date */
        MISSED,
        /** the due date (plus tolerance) lies after the as-of date and no event has come yet */
        NOT_YET_DUE
    }

    /** Why no deadline arose at all. */
    public enum NoDeadline {
        /** fra_dato: the case has no start date */
        NO_START,
        /** sammenlagt: no day of a counting period type */
        NO_COUNTED_DAYS,
        /** sammenlagt: the counted days never reach the length (no open period to carry it further) */
        NEVER_REACHED
    }

    /**
     * One deadline.
     *
     * @param start    the day counting starts (the start date, or the day after the previous event)
     * @param due      the due date (for two moments: the completion limit); for NOT_YET_DUE in a cumulative
     *                 count, projected on the assumption that open periods continue; null when a two-moment
     *                 limit is never reached because every counting period has ended
     * @param event    the event that met or missed it, or null when none came
     * @param daysLate days after the due date of the event (or of the as-of date when none came);
     *                 0 or negative when on time
     * @param trigger  the day the duty arose (two moments), else null
     * @param moved    the move that extended the limit, else null
     */
    public record Cycle(LocalDate start, LocalDate due, LocalDate event, Status status, long daysLate,
                        LocalDate trigger, LocalDate moved) {

        /** A one-moment cycle. */
        public Cycle(LocalDate start, LocalDate due, LocalDate event, Status status, long daysLate) {
            this(start, due, event, status, daysLate, null, null);
        }
    }

    /** True when any cycle was missed. */
    public boolean anyMissed() {
        return cycles.stream().anyMatch(c -> c.status() == Status.MISSED);
    }

    /** True when any cycle was met. */
    public boolean anyMet() {
        return cycles.stream().anyMatch(c -> c.status() == Status.MET);
    }
}
