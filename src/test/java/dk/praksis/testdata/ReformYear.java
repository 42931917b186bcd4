package dk.praksis.testdata;

import java.nio.file.Path;
import java.util.Map;

/** The 2014 reform sample year (fleksjob-2013.yaml); not yet generated. */
final class ReformYear {

    private ReformYear() {
    }

    static Map<Path, byte[]> files(Path root) {
        return Map.of();
    }
}
