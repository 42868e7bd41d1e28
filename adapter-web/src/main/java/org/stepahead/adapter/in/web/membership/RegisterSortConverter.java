package org.stepahead.adapter.in.web.membership;

import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.stepahead.application.port.in.membership.RegisterSort;

/**
 * Reads the register's {@code sort} parameter: {@code name}, {@code organization} or {@code joined}, optionally
 * followed by {@code ,asc} or {@code ,desc} (as in {@code sort=joined,desc}). Anything else is refused, and the
 * refusal becomes a 400 naming the {@code sort} parameter.
 */
@Component
class RegisterSortConverter implements Converter<String, RegisterSort> {

    @Override
    public RegisterSort convert(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("sort: " + text);
        }
        RegisterSort.Key key = switch (parts[0]) {
            case "name" -> RegisterSort.Key.NAME;
            case "organization" -> RegisterSort.Key.ORGANIZATION;
            case "joined" -> RegisterSort.Key.JOINED;
            default -> throw new IllegalArgumentException("sort: " + text);
        };
        boolean descending = parts.length == 2
                && switch (parts[1]) {
                    case "asc" -> false;
                    case "desc" -> true;
                    default -> throw new IllegalArgumentException("sort: " + text);
                };
        return new RegisterSort(key, descending);
    }
}
