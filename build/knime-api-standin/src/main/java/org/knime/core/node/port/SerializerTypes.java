// Compile-only stand-in for the KNIME API (not KNIME code, never shipped). Signatures from the KNIME 5.5 public API;
// minimal behaviour written by us from KNIME's public API documentation, so that our nodes can run in tests.
package org.knime.core.node.port;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Finds the class a serializer handles from its type argument (KNIME finds it through its registry and class
 * name; the stand-in bundle cannot load our classes by name) and creates an empty instance of it.
 */
final class SerializerTypes {

    private SerializerTypes() {
    }

    static <T> T newInstanceOfTypeArgument(final Class<?> serializerClass) {
        Type t = serializerClass.getGenericSuperclass();
        while (!(t instanceof ParameterizedType)) {
            t = ((Class<?>) t).getGenericSuperclass();
        }
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) ((ParameterizedType) t).getActualTypeArguments()[0];
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a no-argument constructor", e);
        }
    }
}
