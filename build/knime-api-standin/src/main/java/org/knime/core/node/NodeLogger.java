// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signature from KNIME 5.5 public API.
package org.knime.core.node;

import java.util.function.Supplier;

public final class NodeLogger {

    private NodeLogger() {
    }

    public static NodeLogger getLogger(final Class<?> c) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public static NodeLogger getLogger(final String s) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean isDebugEnabled() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public boolean isInfoEnabled() {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void assertLog(final boolean b, final String m) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void debug(final Object o) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void debug(final Object o, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void debug(final Supplier<Object> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void debug(final Supplier<Object> messageSupplier, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void debugWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void debug(final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void info(final Object o) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void info(final Object o, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void info(final Supplier<Object> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void info(final Supplier<Object> messageSupplier, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void infoWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void info(final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void warn(final Object o) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void warn(final Object o, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void warn(final Supplier<Object> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void warn(final Supplier<Object> messageSupplier, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void warnWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void warn(final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void error(final Object o) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void error(final Object o, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void error(final Supplier<Object> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void error(final Supplier<Object> messageSupplier, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void errorWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void error(final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void fatal(final Object o) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void fatal(final Object o, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void fatal(final Supplier<Object> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void fatal(final Supplier<Object> messageSupplier, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void fatalWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void fatal(final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void coding(final Object o) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void coding(final Object o, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void coding(final Supplier<Object> messageSupplier) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void coding(final Supplier<Object> messageSupplier, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }

    public void codingWithFormat(final String format, final Object... args) {
        throw new UnsupportedOperationException("compile-only KNIME API stand-in");
    }
}
