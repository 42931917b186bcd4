package dk.praksis.sample;

/**
 * The random numbers of a draw, by an algorithm fixed here so that anyone can redo a draw from its
 * seed, on any JVM or in another language: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), the generator behind {@link java.util.SplittableRandom}.
 *
 * <pre>
 * state += 0x9E3779B97F4A7C15
 * z = state
 * z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
 * z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 * return z ^ (z >>> 31)                      (64-bit wrap-around arithmetic)
 * </pre>
 *
 * A number below a bound is taken by rejection, so every value is equally likely: u = next() >>> 1
 * (63 bits), v = u mod bound, and u is drawn again while u − v + (bound − 1) overflows 2^63 − 1.
 * Not thread-safe; one instance per draw.
 */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform number in 0 ≤ v < bound. */
    int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        while (true) {
            long u = next() >>> 1;
            long v = u % bound;
            if (u - v + (bound - 1) >= 0) {
                return (int) v;
            }
        }
    }
}
