package dk.praksis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void firstOutputForSeedZeroIsThePublishedSplitMix64Value() {
        // Vigna's reference splitmix64.c, state 0: the first output is 0xE220A8397B1DCDAF.
        assertThat(new SplitMix64(0).next()).isEqualTo(0xE220A8397B1DCDAFL);
    }

    @Test
    void agreesWithTheJdksSplittableRandomSoTheAlgorithmIsTheDocumentedOne() {
        for (long seed : new long[] {0, 1, 20110815, -7, Long.MAX_VALUE}) {
            SplitMix64 ours = new SplitMix64(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) {
                assertThat(ours.next()).as("seed %d, output %d", seed, i).isEqualTo(jdk.nextLong());
            }
        }
    }

    @Test
    void boundedNumbersStayBelowTheBoundAndReachEveryValue() {
        SplitMix64 r = new SplitMix64(42);
        int[] seen = new int[7];
        for (int i = 0; i < 7000; i++) {
            seen[r.below(7)]++;
        }
        for (int count : seen) {
            assertThat(count).isBetween(850, 1150); // each about 1000
        }
    }
}
