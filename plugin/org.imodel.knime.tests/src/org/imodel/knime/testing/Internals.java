package org.imodel.knime.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Reflective access to what KNIME's framework (package org.knime.core.node) calls on a node: the protected
 * NodeModel methods, the framework-created ExecutionContext and zip streams, and the stand-in's test hooks. Works
 * against the behavioural stand-in only; on a real KNIME the framework does this itself.
 */
final class Internals {

    private Internals() {
    }

    static Object call(Object target, Class<?> declaring, String name, Class<?>[] types, Object... args)
            throws Exception {
        Method method = declaring.getDeclaredMethod(name, types);
        method.setAccessible(true);
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            throw (Error) cause;
        }
    }

    static Object callUnchecked(Object target, Class<?> declaring, String name, Class<?>[] types, Object... args) {
        try {
            return call(target, declaring, name, types, args);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T construct(Class<T> type, Class<?>[] types, Object... args) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
