package dk.praksis.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files `praksis compare` writes into its output folder. */
public final class ComparisonOutputs {

    public static final String JSON = "sammenligning.json";

    private ComparisonOutputs() {
    }

    public static void writeInto(Comparison comparison, Path dir) throws IOException {
        Files.write(dir.resolve(JSON), ComparisonJson.toBytes(comparison));
    }
}
