package org.stepahead.adapter.in.cli.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One column of a table or CSV listing: a header key in the CLI bundles and how to read a cell from a row. */
public record Column<T>(String headerKey, Function<T, Object> value) {

    public static <T> Column<T> of(String headerKey, Function<T, Object> value) {
        return new Column<>(headerKey, value);
    }

    /**
     * The columns of a record's components, in the order given: {@code "id name kind"} reads the components {@code
     * id}, {@code name} and {@code kind} under the headers {@code column.id}, {@code column.name} and {@code
     * column.kind}; {@code "organization=organizationName"} names the header and the component apart. Columns worked
     * out from several components follow at the end.
     */
    @SafeVarargs
    public static <T extends Record> List<Column<T>> table(Class<T> type, String components, Column<T>... computed) {
        List<Column<T>> columns = new ArrayList<>();
        for (String name : components.strip().split("\\s+")) {
            String[] headerAndComponent = name.split("=", 2);
            String component = headerAndComponent[headerAndComponent.length - 1];
            columns.add(of("column." + headerAndComponent[0], reader(type, component)));
        }
        columns.addAll(Arrays.asList(computed));
        return List.copyOf(columns);
    }

    private static <T> Function<T, Object> reader(Class<T> type, String component) {
        Method accessor = Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(component))
                .map(RecordComponent::getAccessor)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no component " + component));
        accessor.setAccessible(true);
        return row -> {
            try {
                return accessor.invoke(row);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        };
    }
}
