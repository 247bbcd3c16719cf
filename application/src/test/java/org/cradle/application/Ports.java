package org.cradle.application;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A port backed by a plain object holding only the methods a test needs: a call to any other method of
 * the port fails the test, so a fake says exactly what the use case may ask of it.
 */
public final class Ports {

    private Ports() {}

    public static <T> T backedBy(Class<T> port, Object fake) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(fake, args);
            }
            Method implementation;
            try {
                implementation = fake.getClass().getDeclaredMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                if (method.isDefault()) {
                    return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new UnsupportedOperationException(
                        port.getSimpleName() + "." + method.getName() + " in this test");
            }
            implementation.setAccessible(true);
            try {
                return implementation.invoke(fake, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
