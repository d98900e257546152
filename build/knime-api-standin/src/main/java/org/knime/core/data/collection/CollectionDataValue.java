// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.data.collection;

import org.knime.core.data.DataType;
import org.knime.core.data.DataValue;

public interface CollectionDataValue extends DataValue, CellCollection {

    DataType getElementType();

    int size();
}
