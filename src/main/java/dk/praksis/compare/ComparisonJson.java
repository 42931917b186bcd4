package dk.praksis.compare;

import dk.praksis.io.DeterministicJson;

/**
 * Writes sammenligning.json: fixed key order, LF line ends, no timestamps, absent values omitted,
 * so identical inputs give identical bytes.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static byte[] toBytes(Comparison comparison) {
        return DeterministicJson.toBytes(comparison);
    }
}
