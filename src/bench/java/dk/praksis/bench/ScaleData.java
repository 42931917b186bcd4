package dk.praksis.bench;

import dk.praksis.checklist.Checklist;
import java.nio.file.Path;

/**
 * Writes a synthetic population to target/bench-data for runs of the command line itself
 * (profiling, the scale benchmark): {@code java -cp target/benchmarks.jar dk.praksis.bench.ScaleData yaml 10000}
 * prints the folder it wrote (or found).
 */
public final class ScaleData {

    private ScaleData() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("brug: ScaleData yaml|xlsx ANTAL");
            System.exit(2);
        }
        Checklist checklist = Fleksjob.checklist();
        int n = Integer.parseInt(args[1]);
        Path folder = switch (args[0]) {
            case "yaml" -> BenchData.yaml(checklist, n);
            case "xlsx" -> BenchData.xlsx(checklist, n);
            default -> throw new IllegalArgumentException(args[0]);
        };
        System.out.println(folder.toAbsolutePath());
    }
}
