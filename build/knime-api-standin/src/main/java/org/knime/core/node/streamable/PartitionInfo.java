// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation (org.knime.core.node.streamable javadoc), so
// that our streamable nodes can run in tests.
package org.knime.core.node.streamable;

/** Which of how many partitions an operator works on (index 0-based). */
public class PartitionInfo {

    private final int index;
    private final int count;

    public PartitionInfo(final int partitionIndex, final int partitionCount) {
        if (partitionIndex < 0 || partitionIndex >= partitionCount) {
            throw new IllegalArgumentException("Invalid partition index " + partitionIndex + " of " + partitionCount);
        }
        index = partitionIndex;
        count = partitionCount;
    }

    public int getPartitionIndex() {
        return index;
    }

    public int getPartitionCount() {
        return count;
    }
}
