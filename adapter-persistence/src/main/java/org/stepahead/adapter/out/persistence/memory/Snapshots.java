package org.stepahead.adapter.out.persistence.memory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Persistence adapter: reads the stored version of an aggregate's snapshot and copies a snapshot with another
 * version. Every aggregate's snapshot is a record with a {@code long version} component; the copy passes every other
 * component unchanged to the record's canonical constructor, so it stays right when a snapshot gains a component.
 */
final class Snapshots<S> {

    private static final String VERSION = "version";

    private final Method[] accessors;
    private final int version;
    private final Constructor<S> constructor;

    private Snapshots(Class<S> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.accessors =
                Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
        this.version = versionIndex(type, components);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
    }

    private static int versionIndex(Class<?> type, RecordComponent[] components) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(VERSION) && components[i].getType() == long.class) {
                return i;
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no long " + VERSION);
    }

    /** The snapshots of the record type; refused unless it is a record with a {@code long version} component. */
    static <S> Snapshots<S> of(Class<S> type) {
        return new Snapshots<>(type);
    }

    /** The version the snapshot carries. */
    long version(S snapshot) {
        return (long) component(snapshot, version);
    }

    /** A copy of the snapshot carrying the given version. */
    S withVersion(S snapshot, long newVersion) {
        Object[] values = new Object[accessors.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == version ? newVersion : component(snapshot, i);
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw unwrapped(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object component(S snapshot, int index) {
        try {
            return accessors[index].invoke(snapshot);
        } catch (InvocationTargetException e) {
            throw unwrapped(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the record's own code threw: as it is when unchecked. */
    private static RuntimeException unwrapped(InvocationTargetException e) {
        return e.getCause() instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e.getCause());
    }
}
