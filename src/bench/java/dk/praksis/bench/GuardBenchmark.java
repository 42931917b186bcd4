package dk.praksis.bench;

import dk.praksis.cases.Case;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.cases.PersonalDataGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The personal-data guard on one synthetic case (every text of it scanned and, where needed, masked),
 * averaged over 1,000 varied cases; {@code names} is the length of the board's name list (--navneliste).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GuardBenchmark {

    static final int CASES = 1000;

    @Param({"0", "100"})
    public int names;

    private PersonalDataGuard guard;
    private List<Case> cases;

    @Setup
    public void setUp() {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            list.add("Fornavn" + i + " Efternavn" + (i * 7 % 97));
        }
        guard = new PersonalDataGuard(new PersonalDataDetector(list));
        cases = Fleksjob.cases().generate(CASES, 42);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void checkCase(Blackhole bh) {
        for (Case c : cases) {
            bh.consume(guard.check(c));
        }
    }
}
