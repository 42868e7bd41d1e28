package org.stepahead.adapter.in.web.common;

import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The {@code sort} parameter of lists sorted by name: {@code name} or {@code name,asc} (А to Я, the default) or
 * {@code name,desc} (Я to А). Anything else is refused, and the refusal becomes a 400 naming {@code sort}.
 */
public record NameOrder(boolean descending) {

    /** Reads the parameter. */
    @Component
    public static class FromText implements Converter<String, NameOrder> {

        @Override
        public NameOrder convert(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*,\\s*", ",")) {
                case "name", "name,asc" -> new NameOrder(false);
                case "name,desc" -> new NameOrder(true);
                default -> throw new IllegalArgumentException("sort: " + text);
            };
        }
    }
}
