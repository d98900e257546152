package org.imodel.core.interpret;

/**
 * A place in a cell's life where another expert becomes dominant.
 *
 * @param cellId cell id
 * @param startCycle start cycle of the first window the new expert dominates
 * @param lifePosition that window's life position
 * @param fromExpert the expert dominant before
 * @param toExpert the expert dominant from here
 * @param runWindows consecutive windows the new expert stays dominant (short runs are flickers between two experts of
 *        similar weight)
 */
public record DominantChange(String cellId, int startCycle, double lifePosition, int fromExpert, int toExpert,
        int runWindows) {
}
