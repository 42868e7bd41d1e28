package org.stepahead.application.port.in;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message templates of the {@code ValidationMessages} bundles, rendered in a language. */
final class MessageTemplates {

    private static final Pattern PARAMETER = Pattern.compile("\\{([\\w.]+)}");
    private static final List<String> BUNDLES =
            List.of("ValidationMessages", "org/hibernate/validator/ValidationMessages");

    private MessageTemplates() {}

    /** Renders a message template ("{jakarta.validation.constraints.Size.message}") in a language. */
    public static String render(String template, Map<String, Object> attributes, Locale locale) {
        String text = template;
        for (int depth = 0; depth < 5; depth++) {
            Matcher m = PARAMETER.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean replaced = false;
            while (m.find()) {
                String key = m.group(1);
                String value = attributes.containsKey(key) ? String.valueOf(attributes.get(key)) : lookup(key, locale);
                if (value != null) {
                    replaced = true;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            m.appendTail(out);
            text = out.toString();
            if (!replaced) {
                break;
            }
        }
        return text;
    }

    private static String lookup(String key, Locale locale) {
        return Bundles.text(BUNDLES, locale, key).orElse(null);
    }
}
