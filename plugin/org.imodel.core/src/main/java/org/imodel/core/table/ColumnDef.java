package org.imodel.core.table;

import java.util.Objects;

/**
 * Name, type and meaning of one output column, so that a node can build its output spec at configure time
 * without touching data.
 *
 * @param name column name
 * @param type value type
 * @param description one sentence for the node description and tooltips, with the unit
 */
public record ColumnDef(String name, ColumnType type, String description) {

    /** Checks that name and type are present. */
    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
