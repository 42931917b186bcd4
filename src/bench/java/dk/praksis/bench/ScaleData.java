package dk.praksis.bench;

import dk.praksis.checklist.Checklist;
import dk.praksis.testdata.ScalePopulation.Format;
import java.nio.file.Path;

/**
 * Writes a synthetic population to target/bench-data for runs of the command line itself
 * (profiling, the scale benchmark): {@code java -cp target/benchmarks.jar dk.praksis.bench.ScaleData yaml 10000}
 * prints the folder it wrote (or found); {@code kommuner 2450} writes 2,450 cases spread evenly over the 98 kommuner.
 */
public final class ScaleData {

    private ScaleData() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("brug: ScaleData yaml|csv|xlsx|kommuner ANTAL");
            System.exit(2);
        }
        Checklist checklist = Fleksjob.checklist();
        int n = Integer.parseInt(args[1]);
        Path folder = args[0].equals("kommuner") ? BenchData.nationwide(checklist, n)
                : BenchData.of(Format.of(args[0]), checklist, n);
        System.out.println(folder.toAbsolutePath());
    }
}
