package dk.praksis.bench;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Scorer;
import dk.praksis.testdata.ScalePopulation.Format;
import dk.praksis.testdata.SyntheticCases;
import java.nio.file.Path;
import java.util.List;
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
 * Reading a synthetic population with CaseFiles (validation and the personal data guard included)
 * and scoring each case as it arrives, keeping only a running total: the streaming path of an audit.
 * Beside it, in the same run, the parse-only baseline of {@link ParseOnly} on the same files: the ratio of
 * the two times is issue 16's throughput measure with compiled code, without the JVM's start-up and the
 * compilation a new process pays (which {@link ScaleBenchmark} includes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadAndScoreBenchmark {

    @Param({"1000", "20000"})
    public int cases;

    @Param({"yaml", "csv", "xlsx"})
    public String format;

    private Checklist checklist;
    private Scorer scorer;
    private Path input;

    @Setup
    public void setUp() {
        checklist = Fleksjob.checklist();
        scorer = new Scorer(checklist, SyntheticCases.AS_OF);
        input = BenchData.of(Format.of(format), checklist, cases);
    }

    @Benchmark
    public long parseOnly() throws Exception {
        long read = ParseOnly.cases(Format.of(format), input);
        if (read != cases) {
            throw new IllegalStateException("parsed " + read + " cases, expected " + cases);
        }
        return read;
    }

    @Benchmark
    public double readAndScore() {
        double[] total = {0};
        CaseFiles.Summary summary = CaseFiles.read(List.of(input), checklist, CaseReadOptions.DEFAULT, c -> {
            CaseResult r = scorer.score(c);
            total[0] += r.score() == null ? 0 : r.score();
        });
        if (summary.cases() != cases) {
            throw new IllegalStateException("read " + summary.cases() + " cases, expected " + cases);
        }
        return total[0];
    }
}
