package dk.praksis.bench;

import dk.praksis.cases.Case;
import dk.praksis.scoring.Scorer;
import dk.praksis.testdata.SyntheticCases;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Scoring one synthetic case over fleksjob-2010 (the time is per case, averaged over 1,000 varied cases). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScorerBenchmark {

    static final int CASES = 1000;

    private Scorer scorer;
    private List<Case> cases;

    @Setup
    public void setUp() {
        scorer = new Scorer(Fleksjob.checklist(), SyntheticCases.AS_OF);
        cases = Fleksjob.cases().generate(CASES, 42);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void scoreCase(Blackhole bh) {
        for (Case c : cases) {
            bh.consume(scorer.score(c));
        }
    }
}
