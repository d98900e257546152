package org.imodel.core.interpret;

/**
 * Settings of an interpretation.
 *
 * @param permutations permutations per permutation p-value (the smallest p-value is 1/(N+1))
 * @param seed seed of the permutations
 */
public record InterpretSettings(int permutations, long seed) {

    /** Default permutations. */
    public static final int DEFAULT_PERMUTATIONS = 9999;
    /** Default seed. */
    public static final long DEFAULT_SEED = 2025;

    /** Checks the values. */
    public InterpretSettings {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, got " + permutations);
        }
    }

    /** @return the defaults */
    public static InterpretSettings defaults() {
        return new InterpretSettings(DEFAULT_PERMUTATIONS, DEFAULT_SEED);
    }
}
