package org.imodel.core.sim;

/**
 * A small, fully specified pseudo-random generator (the SplitMix64 algorithm of Steele, Lea and Flood, 2014,
 * written from its published description) with a Box-Muller normal draw built on {@link StrictMath}. The
 * simulator uses it instead of {@code java.util} generators so that its output is bit-identical on every JVM
 * version and platform.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** @param seed initial state */
    SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * A well-mixed seed for one stream of a family, so that e.g. cell 3 gets the same numbers whatever the number
     * of cells.
     *
     * @param seed the family seed
     * @param stream stream number
     * @return the seed of that stream
     */
    static long streamSeed(long seed, long stream) {
        return mix(seed + (stream + 1) * GOLDEN_GAMMA);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return the next 64 random bits */
    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** @return a uniform double in [0, 1) with 53 random bits */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** @return a standard normal draw (Box-Muller, cosine branch; consumes two uniforms) */
    double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }
}
