package org.imodel.core.interpret;

/**
 * How strongly one per-window quantity differs between the groups of windows each expert dominates, with
 * permutation p-values.
 *
 * @param variable the quantity, e.g. {@code true_slope}
 * @param windows windows used (with a dominant expert and a finite value)
 * @param groups experts that dominate at least one of them
 * @param etaSquared share of the quantity's variance explained by the dominant expert (between-group sum of squares
 *        over total), 0..1
 * @param fStatistic one-way ANOVA F
 * @param parametricP the F test's p-value (assumes independent windows, which overlapping windows are not)
 * @param shuffleP permutation p-value with the dominant-expert labels shuffled over all windows (same assumption)
 * @param cyclicP permutation p-value with each cell's label sequence rotated by a random offset: keeps the runs of
 *        one expert (the labels' dependence along a cell's life) and breaks only their alignment with the quantity
 * @param permutations permutations per p-value
 * @param seed seed of the permutations
 */
public record Association(String variable, int windows, int groups, double etaSquared, double fStatistic,
        double parametricP, double shuffleP, double cyclicP, int permutations, long seed) {
}
