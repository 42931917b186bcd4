package dk.praksis.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.DatedPeriod;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemSpec.Counting;
import dk.praksis.checklist.ItemSpec.MonthCounting;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cumulative deadline engine against its definition, counted slowly day by day, so that shortcuts
 * in the engine (prefix sums, skipping days) keep the behaviour. Named *Test so that mvn verify runs it.
 */
class DeadlineDefinitionTest {

    private static final LocalDate BASE = DeadlineProperties.BASE;
    private static final LocalDate AS_OF = DeadlineProperties.AS_OF;

    @Provide
    Arbitrary<List<DatedPeriod>> histories() {
        return new DeadlineProperties().histories();
    }

    @Provide
    Arbitrary<ItemSpec.Deadline> specs() {
        return new DeadlineProperties().specs();
    }

    /**
     * The first cumulative due date equals the definition counted day by day: the first day D from the
     * first counted day on which the counted days in [max(start, D − window), D) reach the length.
     */
    @Property(tries = 100)
    void theFirstCumulativeDueDateFollowsTheDefinitionDayByDay(@ForAll("specs") ItemSpec.Deadline spec,
            @ForAll("histories") List<DatedPeriod> periods) {
        ItemSpec.Deadline cumulative = new ItemSpec.Deadline(Counting.SAMMENLAGT, null, spec.periodTypes(),
                spec.length(), spec.window(), spec.event(), spec.restarts(), spec.toleranceDays(), spec.monthCounting());
        LocalDate expected = dueByDefinition(cumulative, periods);
        DeadlineResult result = DeadlineEngine.compute(cumulative, null, periods, List.of(), AS_OF);
        if (expected == null) {
            assertThat(result.cycles()).isEmpty();
        } else {
            assertThat(result.cycles()).isNotEmpty();
            assertThat(result.cycles().get(0).due()).isEqualTo(expected);
        }
    }

    /** The definition, slowly: days as offsets from BASE, counted only up to the engine's horizon. */
    private static LocalDate dueByDefinition(ItemSpec.Deadline spec, List<DatedPeriod> periods) {
        LocalDate horizon = spec.length().addTo(AS_OF).plusDays(62);
        int days = (int) BASE.until(horizon, ChronoUnit.DAYS) + 1;
        boolean[] counted = new boolean[days];
        LocalDate start = null;
        for (DatedPeriod p : periods) {
            if (!spec.periodTypes().contains(p.type()) || p.from().isAfter(AS_OF)
                    || (p.to() != null && p.to().isBefore(p.from()))) {
                continue;
            }
            start = start == null || p.from().isBefore(start) ? p.from() : start;
            LocalDate to = p.to() == null || p.to().isAfter(horizon) ? horizon : p.to();
            for (LocalDate d = p.from(); !d.isAfter(to); d = d.plusDays(1)) {
                counted[offset(d)] = true;
            }
        }
        if (start == null) {
            return null;
        }
        LocalDate first = start;
        while (!first.isAfter(horizon) && !counted[offset(first)]) {
            first = first.plusDays(1);
        }
        if (first.isAfter(horizon)) {
            return null;
        }
        long n = spec.monthCounting() == MonthCounting.DAGE_30 ? spec.length().thirtyDayDays()
                : first.until(spec.length().addTo(first), ChronoUnit.DAYS);
        for (LocalDate due = first; !due.isAfter(horizon.plusDays(1)); due = due.plusDays(1)) {
            LocalDate lo = start;
            if (spec.window() != null && spec.window().subtractFrom(due).isAfter(lo)) {
                lo = spec.window().subtractFrom(due);
            }
            int count = 0;
            for (int d = offset(lo); d < offset(due); d++) {
                count += counted[d] ? 1 : 0;
            }
            if (count >= n) {
                return due;
            }
        }
        return null;
    }

    private static int offset(LocalDate d) {
        return (int) BASE.until(d, ChronoUnit.DAYS);
    }
}
