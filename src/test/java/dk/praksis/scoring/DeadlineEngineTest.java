package dk.praksis.scoring;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.DatedPeriod;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemSpec.Counting;
import dk.praksis.checklist.ItemSpec.MonthCounting;
import dk.praksis.checklist.Span;
import dk.praksis.scoring.DeadlineResult.Cycle;
import dk.praksis.scoring.DeadlineResult.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed deadlines; the arithmetic is written out in each test. */
class DeadlineEngineTest {

    static final Span MONTHS_12 = new Span(0, 12, 0, 0);
    static final Span MONTHS_18 = new Span(0, 18, 0, 0);

    static ItemSpec.Deadline cumulative(Span window, boolean restarts, int tolerance, MonthCounting mc) {
        return new ItemSpec.Deadline(Counting.SAMMENLAGT, null, List.of("ledighedsydelse"), MONTHS_12, window,
                "revurderinger", restarts, tolerance, mc);
    }

    static ItemSpec.Deadline fromDate(Span length, boolean restarts, int tolerance, MonthCounting mc) {
        return new ItemSpec.Deadline(Counting.FRA_DATO, "datoer.visitation", List.of(), length, null,
                "revurderinger", restarts, tolerance, mc);
    }

    static DatedPeriod p(String type, String from, String to) {
        return new DatedPeriod(type, d(from), to == null ? null : d(to));
    }

    @Test
    void barselAndJobInterruptLedighedsydelse() {
        // 214 days of ledighedsydelse in 2008 (Jun–Dec); barsel and a job do not count; from 01.06.2009
        // the remaining 365 − 214 = 151 days run to 29.10.2009, so the deadline is 30.10.2009.
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2008-06-01", "2008-12-31"),
                p("barsel", "2009-01-01", "2009-04-30"), p("job", "2009-05-01", "2009-05-31"),
                p("ledighedsydelse", "2009-06-01", null));
        DeadlineResult r = DeadlineEngine.compute(Fixtures.RV2_SPEC, null, periods, List.of(d("2009-11-20")),
                d("2010-11-30"));
        // After the late revurdering the count restarts on 21.11.2009: 365 days to 21.11.2010,
        // passed by 9 days on the as-of date.
        assertThat(r.cycles()).containsExactly(
                new Cycle(d("2008-06-01"), d("2009-10-30"), d("2009-11-20"), Status.MISSED, 21),
                new Cycle(d("2009-11-21"), d("2010-11-21"), null, Status.MISSED, 9));
    }

    @Test
    void theWindowDropsOldPeriods() {
        // 181 days in the first half of 2007, then a job, then ledighedsydelse from 01.07.2008.
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2007-01-01", "2007-06-30"),
                p("job", "2007-07-01", "2008-06-30"), p("ledighedsydelse", "2008-07-01", null));
        // Without a window: 184 more days from 01.07.2008 end 31.12.2008, so due 01.01.2009.
        DeadlineResult plain = DeadlineEngine.compute(cumulative(null, true, 0, MonthCounting.KALENDER), null,
                periods, List.of(), d("2010-01-31"));
        assertThat(plain.cycles().get(0).due()).isEqualTo(d("2009-01-01"));
        // Within 18 months the 2007 days have left the window before 365 days are reached: only the
        // new period counts, 365 days from 01.07.2008 to 30.06.2009, due 01.07.2009.
        DeadlineResult windowed = DeadlineEngine.compute(Fixtures.RV2_SPEC, null, periods, List.of(),
                d("2010-01-31"));
        assertThat(windowed.cycles()).containsExactly(
                new Cycle(d("2007-01-01"), d("2009-07-01"), null, Status.MISSED, 214));
    }

    @Test
    void countRestartsAfterEachRevurdering() {
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2008-01-01", null));
        DeadlineResult r = DeadlineEngine.compute(Fixtures.RV2_SPEC, null, periods,
                List.of(d("2009-12-02"), d("2008-12-01")), d("2010-11-30"));
        // 2008 is a leap year: 366 days from 01.01.2008 give 01.01.2009. The revurdering on 01.12.2008
        // restarts the count on 02.12.2008 (due 02.12.2009, met on the day itself); the next count
        // from 03.12.2009 falls due 03.12.2010, after the as-of date.
        assertThat(r.cycles()).containsExactly(
                new Cycle(d("2008-01-01"), d("2009-01-01"), d("2008-12-01"), Status.MET, -31),
                new Cycle(d("2008-12-02"), d("2009-12-02"), d("2009-12-02"), Status.MET, 0),
                new Cycle(d("2009-12-03"), d("2010-12-03"), null, Status.NOT_YET_DUE, -3));
    }

    @Test
    void withoutRestartOnlyTheFirstDeadlineCounts() {
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2008-01-01", null));
        DeadlineResult r = DeadlineEngine.compute(cumulative(MONTHS_18, false, 0, MonthCounting.KALENDER), null,
                periods, List.of(d("2008-12-01")), d("2010-11-30"));
        assertThat(r.cycles()).containsExactly(
                new Cycle(d("2008-01-01"), d("2009-01-01"), d("2008-12-01"), Status.MET, -31));
    }

    @Test
    void endOfMonthStartClampsAtMonthEnd() {
        // 31 January + 1 month is 28 February (2010 is not a leap year).
        Span oneMonth = new Span(0, 1, 0, 0);
        DeadlineResult r = DeadlineEngine.compute(fromDate(oneMonth, false, 0, MonthCounting.KALENDER),
                d("2010-01-31"), List.of(), List.of(d("2010-03-01")), d("2010-06-30"));
        assertThat(r.cycles()).containsExactly(
                new Cycle(d("2010-01-31"), d("2010-02-28"), d("2010-03-01"), Status.MISSED, 1));
        // Cumulatively from 31.01 the month is the 28 calendar days to 28.02; as 30 days it is 02.03.
        ItemSpec.Deadline kal = new ItemSpec.Deadline(Counting.SAMMENLAGT, null, List.of("ledighedsydelse"), oneMonth,
                null, "revurderinger", false, 0, MonthCounting.KALENDER);
        ItemSpec.Deadline d30 = new ItemSpec.Deadline(Counting.SAMMENLAGT, null, List.of("ledighedsydelse"), oneMonth,
                null, "revurderinger", false, 0, MonthCounting.DAGE_30);
        List<DatedPeriod> ly = List.of(p("ledighedsydelse", "2010-01-31", null));
        assertThat(DeadlineEngine.compute(kal, null, ly, List.of(), d("2010-06-30")).cycles().get(0).due())
                .isEqualTo(d("2010-02-28"));
        assertThat(DeadlineEngine.compute(d30, null, ly, List.of(), d("2010-06-30")).cycles().get(0).due())
                .isEqualTo(d("2010-03-02"));
    }

    @Test
    void noEventAndDeadlinePassed() {
        // 12 months from 04.10.2008 is 04.10.2009; on 30.11.2009 that is 27 + 30 = 57 days ago.
        DeadlineResult r = DeadlineEngine.compute(Fixtures.RV2_SPEC, null,
                List.of(p("ledighedsydelse", "2008-10-04", null)), List.of(), d("2009-11-30"));
        assertThat(r.cycles()).containsExactly(new Cycle(d("2008-10-04"), d("2009-10-04"), null, Status.MISSED, 57));
    }

    @Test
    void deadlineNotYetDueIsProjectedFromTheOpenPeriod() {
        DeadlineResult r = DeadlineEngine.compute(Fixtures.RV2_SPEC, null,
                List.of(p("ledighedsydelse", "2010-10-04", null)), List.of(), d("2010-11-30"));
        assertThat(r.cycles()).containsExactly(
                new Cycle(d("2010-10-04"), d("2011-10-04"), null, Status.NOT_YET_DUE, -308));
    }

    @Test
    void toleranceDecidesALateEvent() {
        // 01.01.2010 + 3 weeks = 22.01.2010; the event on 25.01 is 3 days late.
        Span weeks3 = new Span(0, 0, 3, 0);
        List<LocalDate> ev = List.of(d("2010-01-25"));
        assertThat(DeadlineEngine.compute(fromDate(weeks3, false, 3, MonthCounting.KALENDER), d("2010-01-01"),
                List.of(), ev, d("2010-06-30")).cycles())
                .containsExactly(new Cycle(d("2010-01-01"), d("2010-01-22"), d("2010-01-25"), Status.MET, 3));
        assertThat(DeadlineEngine.compute(fromDate(weeks3, false, 2, MonthCounting.KALENDER), d("2010-01-01"),
                List.of(), ev, d("2010-06-30")).cycles())
                .containsExactly(new Cycle(d("2010-01-01"), d("2010-01-22"), d("2010-01-25"), Status.MISSED, 3));
    }

    @Test
    void overlappingListedPeriodsCountOnce() {
        // The union is all of 2008 (366 days), exactly 12 months: due 01.01.2009, not earlier.
        List<DatedPeriod> periods = List.of(p("ledighedsydelse", "2008-01-01", "2008-06-30"),
                p("ledighedsydelse", "2008-03-01", "2008-12-31"));
        DeadlineResult r = DeadlineEngine.compute(Fixtures.RV2_SPEC, null, periods, List.of(), d("2009-06-30"));
        assertThat(r.cycles().get(0).due()).isEqualTo(d("2009-01-01"));
    }

    @Test
    void noDeadlineReasons() {
        assertThat(DeadlineEngine.compute(fromDate(MONTHS_12, false, 0, MonthCounting.KALENDER), null, List.of(),
                List.of(), d("2010-01-01")).noDeadline()).isEqualTo(DeadlineResult.NoDeadline.NO_START);
        assertThat(DeadlineEngine.compute(Fixtures.RV2_SPEC, null, List.of(p("barsel", "2008-01-01", null)),
                List.of(), d("2010-01-01")).noDeadline()).isEqualTo(DeadlineResult.NoDeadline.NO_COUNTED_DAYS);
        // 200 closed days never reach 12 months.
        assertThat(DeadlineEngine.compute(Fixtures.RV2_SPEC, null,
                List.of(p("ledighedsydelse", "2008-01-01", "2008-07-18")), List.of(), d("2010-01-01")).noDeadline())
                .isEqualTo(DeadlineResult.NoDeadline.NEVER_REACHED);
    }
}
