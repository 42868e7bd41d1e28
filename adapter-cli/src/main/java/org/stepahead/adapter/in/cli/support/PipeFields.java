package org.stepahead.adapter.in.cli.support;

/** Option values written as fields separated by {@code |}: "position|name", "kind|description|reference". */
public final class PipeFields {

    private PipeFields() {}

    /** The first {@code count} fields of the text, stripped; a field the text does not have is {@code null}. */
    public static String[] of(String text, int count) {
        String[] parts = text.split("\\|", count);
        String[] fields = new String[count];
        for (int i = 0; i < parts.length; i++) {
            fields[i] = parts[i].strip();
        }
        return fields;
    }
}
