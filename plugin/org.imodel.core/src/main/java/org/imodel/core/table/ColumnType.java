package org.imodel.core.table;

/** Value types of the columns the engine reads and writes; the KNIME layer maps them to cell types. */
public enum ColumnType {
    /** Text, e.g. a cell id. */
    STRING,
    /** 32-bit integer, e.g. a cycle count. */
    INT,
    /** 64-bit floating point, e.g. a capacity in Ah. */
    DOUBLE,
    /** List of 64-bit floating point values, e.g. a capacity-increment curve (a KNIME list cell). */
    DOUBLE_LIST
}
