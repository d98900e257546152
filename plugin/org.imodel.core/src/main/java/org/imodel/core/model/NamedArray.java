package org.imodel.core.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named float32 tensor in C (row-major) order, e.g. one entry of a PyTorch state dict.
 *
 * @param name parameter name, e.g. {@code lstm.weight_ih_l0}
 * @param shape dimensions; empty for a scalar
 * @param values the elements, row-major; length = product of {@code shape}
 */
public record NamedArray(String name, int[] shape, float[] values) {

    /** Checks that the shape and the number of values agree. */
    public NamedArray {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(values, "values");
        long size = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("array '" + name + "': negative dimension in "
                        + Arrays.toString(shape));
            }
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException("array '" + name + "': shape " + Arrays.toString(shape) + " holds "
                    + size + " values, but " + values.length + " were given");
        }
    }

    /**
     * @param name name
     * @param values row-major values
     * @param shape dimensions
     * @return the array
     */
    public static NamedArray of(String name, float[] values, int... shape) {
        return new NamedArray(name, shape, values);
    }

    /** @return number of elements */
    public int size() {
        return values.length;
    }

    /**
     * @param newName another name
     * @return the same data under another name
     */
    public NamedArray withName(String newName) {
        return new NamedArray(newName, shape, values);
    }

    /** @return the shape as text, e.g. {@code [256, 4]} */
    public String shapeText() {
        return Arrays.toString(shape);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedArray o && name.equals(o.name) && Arrays.equals(shape, o.shape)
                && Arrays.equals(values, o.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(shape)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "NamedArray[" + name + " " + shapeText() + "]";
    }
}
