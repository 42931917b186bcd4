package dk.praksis.scoring;

import dk.praksis.cases.DatedPeriod;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemSpec.Counting;
import dk.praksis.checklist.ItemSpec.MonthCounting;
import dk.praksis.checklist.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes deadlines over dates, periods and events; a pure function with no knowledge of items.
 *
 * <h2>Cycles</h2>
 * A cycle starts on a start day {@code s}. Its due date {@code D} is computed as below. The first
 * event on or after the cycle's first counted day meets the cycle when it falls on or before
 * {@code D + tolerance}; a later event misses it ({@code daysLate = event − D}); with no event the
 * cycle is missed once the as-of date is after {@code D + tolerance} ({@code daysLate = asOf − D}),
 * and otherwise not yet due. With {@code restarts} the next cycle starts the day after the event
 * (met or late); without, only the first cycle is assessed. Events after the as-of date are unknown.
 *
 * <h2>fra_dato</h2>
 * The first cycle starts on the date at {@code startField}. {@code D = s + length}
 * (KALENDER: {@link Span#addTo}, months clamped at month end, so 31 January + 1 month is 28/29
 * February; DAGE_30: {@code s + n} days, n as below).
 *
 * <h2>sammenlagt</h2>
 * Only days inside periods of the listed types count; a day inside two listed periods counts once;
 * other periods do not count. Periods starting after the as-of date are unknown. An open-ended
 * period runs to the as-of date; beyond it, only to project the due date of a deadline not yet
 * reached, it is assumed to continue. The first cycle starts on the first counted day.
 * <p>
 * The length becomes a number of days {@code n} when a cycle starts, from its first counted day
 * {@code f}: KALENDER: the calendar days from {@code f} to {@code f + length} (Span.addTo), i.e.
 * the length as it would lie on the calendar if every day counted, so every non-counting day in
 * between pushes the due date one day later; DAGE_30: 30 days per month, 365 per year, 7 per week.
 * <p>
 * {@code D} is the first day from {@code f} on which the counted days in
 * {@code [max(s, D − window), D)} reach {@code n}: without a window simply the day after the n-th
 * counted day, so an uninterrupted count gives the same date as fra_dato from {@code f}. With a
 * window (e.g. 12 months within 18), counted days older than the window drop out of the count.
 * Days inside a period of a {@code nonCounting} type never count, even inside a counting period.
 *
 * <h2>Two moments</h2>
 * With a {@code completion} the day computed above is the trigger {@code T} (the duty arises), and the
 * due date is the completion limit {@code C}: fra_dato {@code s + completion}; sammenlagt the first
 * day on which the counted days in {@code [s, C)} reach the completion length (laid out from
 * {@code f} as above, no window). {@code C} is never before {@code T}. With no trigger there is no
 * duty and no cycle. When a move date lies in {@code [s, C]} and {@code move + extension} is later
 * than {@code C}, that is the limit. A sammenlagt limit the counted days never reach (every period
 * closed) leaves the cycle without a due date: not yet due.
 */
public final class DeadlineEngine {

    /** Extra days beyond the projected horizon, covering leap days and DAGE_30 rounding. */
    private static final int HORIZON_MARGIN = 62;

    private DeadlineEngine() {
    }

    /**
     * @param start   the start date for fra_dato (may be null; ignored for sammenlagt)
     * @param periods the case's typed periods (all types; the spec picks the counting ones)
     * @param events  the dates of the spec's event list (any order)
     */
    public static DeadlineResult compute(ItemSpec.Deadline spec, LocalDate start, List<DatedPeriod> periods,
                                         List<LocalDate> events, LocalDate asOf) {
        return compute(spec, start, periods, events, List.of(), asOf);
    }

    /**
     * @param moves the dates the citizen moved to another kommune (any order; used with the spec's move rule)
     */
    public static DeadlineResult compute(ItemSpec.Deadline spec, LocalDate start, List<DatedPeriod> periods,
                                         List<LocalDate> events, List<LocalDate> moves, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<LocalDate> known = events.stream().filter(Objects::nonNull).filter(e -> !e.isAfter(asOf))
                .sorted().distinct().toList();
        List<LocalDate> knownMoves = spec.move() == null ? List.of() : moves.stream().filter(Objects::nonNull)
                .filter(m -> !m.isAfter(asOf)).sorted().distinct().toList();
        DueRule rule;
        if (spec.counting() == Counting.FRA_DATO) {
            if (start == null) {
                return new DeadlineResult(List.of(), DeadlineResult.NoDeadline.NO_START);
            }
            rule = new FromDate(spec, start);
        } else {
            Cumulative c = Cumulative.of(spec, periods, asOf);
            if (c == null) {
                return new DeadlineResult(List.of(), DeadlineResult.NoDeadline.NO_COUNTED_DAYS);
            }
            rule = c;
        }

        List<DeadlineResult.Cycle> cycles = new ArrayList<>();
        LocalDate s = rule.firstStart();
        // Each cycle's first counted day lies after the previous cycle's event, so the search for
        // the next event resumes where the last one stopped instead of scanning from the start.
        int nextEvent = 0;
        while (true) {
            Optional<Due> next = rule.next(s);
            if (next.isEmpty()) {
                break;
            }
            LocalDate first = next.get().first();
            LocalDate due = next.get().due();
            LocalDate moved = null;
            if (due != null) {
                for (LocalDate m : knownMoves) {
                    LocalDate extended = spec.move().extension().addTo(m);
                    if (!m.isBefore(s) && !m.isAfter(due) && extended.isAfter(due)) {
                        moved = m;
                        due = extended;
                    }
                }
            }
            LocalDate lastOnTime = due == null ? LocalDate.MAX : due.plusDays(spec.toleranceDays());
            while (nextEvent < known.size() && known.get(nextEvent).isBefore(first)) {
                nextEvent++;
            }
            LocalDate event = nextEvent < known.size() ? known.get(nextEvent) : null;
            LocalDate trigger = next.get().trigger();
            if (event != null) {
                DeadlineResult.Status st = event.isAfter(lastOnTime) ? DeadlineResult.Status.MISSED
                        : DeadlineResult.Status.MET;
                long late = due == null ? 0 : ChronoUnit.DAYS.between(due, event);
                cycles.add(new DeadlineResult.Cycle(s, due, event, st, late, trigger, moved));
            } else {
                DeadlineResult.Status st = asOf.isAfter(lastOnTime) ? DeadlineResult.Status.MISSED
                        : DeadlineResult.Status.NOT_YET_DUE;
                long late = due == null ? 0 : ChronoUnit.DAYS.between(due, asOf);
                cycles.add(new DeadlineResult.Cycle(s, due, null, st, late, trigger, moved));
                break;
            }
            if (!spec.restarts()) {
                break;
            }
            s = event.plusDays(1);
        }
        if (cycles.isEmpty()) {
            return new DeadlineResult(List.of(), DeadlineResult.NoDeadline.NEVER_REACHED);
        }
        return new DeadlineResult(cycles, null);
    }

    /**
     * A cycle's first counted day, the day the duty arises (null for a one-moment deadline) and its
     * due date (null when a two-moment limit is never reached).
     */
    private record Due(LocalDate first, LocalDate trigger, LocalDate due) {
    }

    /** How a cycle starting on a day gets its first counted day and due date. */
    private interface DueRule {
        LocalDate firstStart();

        /** Empty when no deadline arises from {@code s}. */
        Optional<Due> next(LocalDate s);
    }

    private record FromDate(ItemSpec.Deadline spec, LocalDate start) implements DueRule {
        public LocalDate firstStart() {
            return start;
        }

        public Optional<Due> next(LocalDate s) {
            LocalDate trigger = after(s, spec.length());
            if (!spec.twoMoments()) {
                return Optional.of(new Due(s, null, trigger));
            }
            LocalDate limit = after(s, spec.completion());
            return Optional.of(new Due(s, trigger, limit.isBefore(trigger) ? trigger : limit));
        }

        private LocalDate after(LocalDate s, Span length) {
            return spec.monthCounting() == MonthCounting.DAGE_30 ? s.plusDays(length.thirtyDayDays()) : length.addTo(s);
        }
    }

    /** Counted days as prefix sums over [base, horizon]. */
    private static final class Cumulative implements DueRule {
        private final ItemSpec.Deadline spec;
        private final LocalDate base;
        private final int[] prefix; // prefix[i] = counted days in [base, base + i)

        private Cumulative(ItemSpec.Deadline spec, LocalDate base, int[] prefix) {
            this.spec = spec;
            this.base = base;
            this.prefix = prefix;
        }

        static Cumulative of(ItemSpec.Deadline spec, List<DatedPeriod> periods, LocalDate asOf) {
            List<DatedPeriod> known = periods.stream()
                    .filter(p -> p.from() != null && p.type() != null)
                    .filter(p -> !p.from().isAfter(asOf))
                    .filter(p -> p.to() == null || !p.to().isBefore(p.from()))
                    .toList();
            List<DatedPeriod> counting = known.stream().filter(p -> spec.periodTypes().contains(p.type())).toList();
            if (counting.isEmpty()) {
                return null;
            }
            LocalDate base = counting.stream().map(DatedPeriod::from).min(LocalDate::compareTo).orElseThrow();
            LocalDate horizon = spec.dueLength().addTo(asOf).plusDays(HORIZON_MARGIN);
            int size = (int) ChronoUnit.DAYS.between(base, horizon) + 1;
            boolean[] counted = new boolean[size];
            mark(counting, base, horizon, counted, true);
            mark(known.stream().filter(p -> spec.nonCounting().contains(p.type())).toList(), base, horizon, counted,
                    false);
            int[] prefix = new int[size + 1];
            for (int i = 0; i < size; i++) {
                prefix[i + 1] = prefix[i] + (counted[i] ? 1 : 0);
            }
            return new Cumulative(spec, base, prefix);
        }

        /** Sets the days of the periods, clipped to [base, horizon], to {@code value}. */
        private static void mark(List<DatedPeriod> periods, LocalDate base, LocalDate horizon, boolean[] days,
                                 boolean value) {
            for (DatedPeriod p : periods) {
                LocalDate to = p.to() == null || p.to().isAfter(horizon) ? horizon : p.to();
                int from = (int) Math.max(0, ChronoUnit.DAYS.between(base, p.from()));
                int last = (int) ChronoUnit.DAYS.between(base, to);
                for (int i = from; i <= last; i++) {
                    days[i] = value;
                }
            }
        }

        public LocalDate firstStart() {
            return base;
        }

        public Optional<Due> next(LocalDate s) {
            int size = prefix.length - 1;
            int from = index(s);
            int f = from;
            while (f < size && prefix[f + 1] == prefix[f]) {
                f++;
            }
            if (f >= size) {
                return Optional.empty();
            }
            LocalDate first = date(f);
            long n = days(first, spec.length());
            // Skip, with plain integer steps, the days before even the unwindowed count reaches n: a window
            // only lowers the count, so none of them can be due, and the windowed check below costs dates.
            int d = f;
            while (d < size && prefix[d] - prefix[from] < n) {
                d++;
            }
            Span window = spec.window();
            // bounded by the array's length rather than by size (its length less one): the same days, and the
            // optimising compiler needs no guard against the bound overflowing, which deoptimised this method
            for (; d < prefix.length; d++) {
                int lo = from;
                if (window != null && !window.isZero()) {
                    lo = Math.max(from, index(window.subtractFrom(date(d))));
                }
                if (prefix[d] - prefix[lo] >= n) {
                    return Optional.of(spec.twoMoments() ? new Due(first, date(d), limit(from, d, first))
                            : new Due(first, null, date(d)));
                }
            }
            return Optional.empty();
        }

        /**
         * The first day from the trigger on which the counted days since {@code from} reach the
         * completion length; null when they never do. Prefix sums never decrease, so a binary search.
         */
        private LocalDate limit(int from, int trigger, LocalDate first) {
            long target = prefix[from] + days(first, spec.completion());
            int lo = trigger;
            int hi = prefix.length - 1;
            if (prefix[hi] < target) {
                return null;
            }
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (prefix[mid] >= target) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return date(lo);
        }

        /** A length in counted days from a cycle's first counted day (see the class comment). */
        private long days(LocalDate first, Span length) {
            return spec.monthCounting() == MonthCounting.DAGE_30 ? length.thirtyDayDays()
                    : ChronoUnit.DAYS.between(first, length.addTo(first));
        }

        private int index(LocalDate date) {
            long i = ChronoUnit.DAYS.between(base, date);
            return (int) Math.max(0, Math.min(i, prefix.length - 1));
        }

        private LocalDate date(int index) {
            return base.plusDays(index);
        }
    }
}
