package dk.praksis.bench;

import dk.praksis.cases.DatedPeriod;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.Span;
import dk.praksis.scoring.DeadlineEngine;
import dk.praksis.scoring.DeadlineResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The deadline engine on long histories: the checklist's revurdering deadline (12 months of
 * ledighedsydelse counted within 18, restarting at each revurdering) over a citizen who goes in
 * and out of ledighedsydelse {@code periods} times, with a revurdering every 8–16 months.
 * {@code twoMoments} runs the same history against § 74 c's two moments (duty after 12 months
 * within 18, finished after 18 months, barsel never counting, 6 months after a move), with a barsel
 * inside every fourth benefit period and a move every tenth period.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeadlineEngineBenchmark {

    private static final LocalDate START = LocalDate.of(1990, 1, 1);

    /** Periods in the history (half of them ledighedsydelse). */
    @Param({"10", "100", "1000"})
    public int periods;

    private ItemSpec.Deadline spec;
    private ItemSpec.Deadline twoMomentSpec;
    private List<LocalDate> moves;
    private List<DatedPeriod> history;
    private List<LocalDate> revurderinger;
    private LocalDate asOf;

    @Setup
    public void setUp() {
        spec = Fleksjob.checklist().items().map(Item::spec)
                .filter(s -> s instanceof ItemSpec.Deadline d && d.counting() == ItemSpec.Counting.SAMMENLAGT)
                .map(ItemSpec.Deadline.class::cast).findFirst().orElseThrow();
        SplittableRandom r = new SplittableRandom(periods);
        history = new ArrayList<>();
        LocalDate from = START;
        for (int i = 0; i < periods; i++) {
            boolean onBenefit = i % 2 == 0;
            LocalDate to = from.plusDays(onBenefit ? 60 + r.nextInt(700) : 30 + r.nextInt(300));
            history.add(new DatedPeriod(onBenefit ? spec.periodTypes().get(0) : "sygdom", from, to));
            from = to.plusDays(1);
        }
        asOf = from;
        twoMomentSpec = new ItemSpec.Deadline(spec.counting(), spec.startField(), spec.periodTypes(), spec.length(),
                spec.window(), spec.event(), spec.restarts(), spec.toleranceDays(), spec.monthCounting(),
                List.of("barsel"), new Span(0, 18, 0, 0), new ItemSpec.Move("datoer.flytning", new Span(0, 6, 0, 0)));
        moves = new ArrayList<>();
        List<DatedPeriod> benefit = List.copyOf(history);
        for (int i = 0; i < benefit.size(); i++) {
            DatedPeriod p = benefit.get(i);
            if (i % 8 == 0 && p.to().isAfter(p.from().plusDays(40))) {
                history.add(new DatedPeriod("barsel", p.from().plusDays(10), p.from().plusDays(40)));
            }
            if (i % 10 == 5) {
                moves.add(p.from());
            }
        }
        revurderinger = new ArrayList<>();
        for (LocalDate d = START.plusDays(250 + r.nextInt(250)); d.isBefore(asOf); d = d.plusDays(250 + r.nextInt(250))) {
            revurderinger.add(d);
        }
    }

    @Benchmark
    public DeadlineResult cumulativeWithWindow() {
        return DeadlineEngine.compute(spec, null, history, revurderinger, asOf);
    }

    @Benchmark
    public DeadlineResult twoMoments() {
        return DeadlineEngine.compute(twoMomentSpec, null, history, revurderinger, moves, asOf);
    }
}
