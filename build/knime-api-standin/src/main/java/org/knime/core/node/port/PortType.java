// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port;

import java.util.Objects;

/** A port's type: the port object class (its spec class is the return type of its getSpec()) and optionality. */
public final class PortType {

    private final Class<? extends PortObject> objectClass;
    private final boolean optional;

    PortType(final Class<? extends PortObject> objectClass, final boolean optional) {
        this.objectClass = Objects.requireNonNull(objectClass);
        this.optional = optional;
    }

    public Class<? extends PortObject> getPortObjectClass() {
        return objectClass;
    }

    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        return getPortObjectSpecClass(objectClass);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends PortObjectSpec> getPortObjectSpecClass(
        final Class<? extends PortObject> objectClass) {
        try {
            return (Class<? extends PortObjectSpec>) objectClass.getMethod("getSpec").getReturnType();
        } catch (NoSuchMethodException e) {
            return PortObjectSpec.class;
        }
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean acceptsPortObject(final PortObject obj) {
        return objectClass.isInstance(obj);
    }

    public boolean acceptsPortObjectSpec(final PortObjectSpec spec) {
        return getPortObjectSpecClass().isInstance(spec);
    }

    public boolean isSuperTypeOf(final PortType subType) {
        return objectClass.isAssignableFrom(subType.objectClass);
    }

    public String getName() {
        return objectClass.getSimpleName();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof PortType && objectClass == ((PortType) obj).objectClass
            && optional == ((PortType) obj).optional;
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectClass, optional);
    }

    @Override
    public String toString() {
        return getName() + (optional ? " (optional)" : "");
    }
}
