package dk.praksis.bench;

import dk.praksis.cases.DatedPeriod;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
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
        revurderinger = new ArrayList<>();
        for (LocalDate d = START.plusDays(250 + r.nextInt(250)); d.isBefore(asOf); d = d.plusDays(250 + r.nextInt(250))) {
            revurderinger.add(d);
        }
    }

    @Benchmark
    public DeadlineResult cumulativeWithWindow() {
        return DeadlineEngine.compute(spec, null, history, revurderinger, asOf);
    }
}
