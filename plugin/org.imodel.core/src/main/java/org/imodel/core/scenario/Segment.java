package org.imodel.core.scenario;

/**
 * A stretch of constant use in a piecewise scenario.
 *
 * @param cycles number of cycles, at least 1
 * @param charge charge current (in the scenario's unit, positive)
 * @param discharge discharge current (in the scenario's unit, a positive magnitude)
 * @param temperature ambient temperature (&deg;C)
 */
public record Segment(int cycles, double charge, double discharge, double temperature) {
}
