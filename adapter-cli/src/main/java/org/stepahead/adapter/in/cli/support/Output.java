package org.stepahead.adapter.in.cli.support;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.Messages;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes results in the chosen format: aligned tables with headers from the bundle for people, JSON with stable
 * field names for scripts, CSV (RFC 4180, written by Jackson) for spreadsheets.
 */
public final class Output {

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final PrintWriter out;
    private final OutputFormat format;
    private final ResourceBundle bundle;
    private final boolean russianValues;

    /** Output in a format; tables name enum values in Russian ({@link Messages#label}) when the bundle is Russian. */
    public Output(PrintWriter out, OutputFormat format, ResourceBundle bundle) {
        this.out = out;
        this.format = format;
        this.bundle = bundle;
        this.russianValues =
                format == OutputFormat.TABLE && bundle.getLocale().getLanguage().isEmpty();
    }

    public OutputFormat format() {
        return format;
    }

    /** What a command created or changed: its id ({"id": "..."} in JSON). */
    public void id(Object id) {
        switch (format) {
            case JSON -> json(Map.of("id", String.valueOf(id)));
            case CSV -> csv(List.of("id"), List.of(List.of(String.valueOf(id))));
            default -> {
                out.println(id);
                out.flush();
            }
        }
    }

    /** A list: a table or CSV with the columns, or JSON of the values as they are. */
    public <T> void list(List<T> rows, List<Column<T>> columns) {
        if (format == OutputFormat.JSON) {
            json(rows);
            return;
        }
        List<String> headers = columns.stream().map(c -> header(c.headerKey())).toList();
        List<List<String>> cells = new ArrayList<>();
        for (T row : rows) {
            cells.add(columns.stream().map(c -> cell(c.value().apply(row))).toList());
        }
        if (format == OutputFormat.CSV) {
            csv(headers, cells);
        } else {
            table(headers, cells);
        }
    }

    /** One thing: a two-column table of fields, one CSV row, or JSON of the value as it is. */
    public <T> void one(T value, List<Column<T>> fields) {
        if (format == OutputFormat.JSON) {
            json(value);
            return;
        }
        if (format == OutputFormat.CSV) {
            list(List.of(value), fields);
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (Column<T> field : fields) {
            cells.add(List.of(header(field.headerKey()), cell(field.value().apply(value))));
        }
        table(null, cells);
    }

    /** A value as JSON whatever the format (for exports and nested reports). */
    public void json(Object value) {
        out.println(Json.mapper().writeValueAsString(value));
        out.flush();
    }

    /** A line of text for people (nothing in JSON or CSV). */
    public void note(String text) {
        if (format == OutputFormat.TABLE) {
            out.println(text);
            out.flush();
        }
    }

    private String header(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(this::cell).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> constant && russianValues) {
            return russianName(constant);
        }
        if (value instanceof Boolean b) {
            return b ? "+" : "";
        }
        return String.valueOf(value).replaceAll("\\s+", " ").strip();
    }

    /** The Russian name of a value of the model, or the constant's name for any other enum. */
    public static String russianName(Enum<?> constant) {
        return Messages.label(constant, Messages.RUSSIAN);
    }

    private void csv(List<String> headers, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (int i = 0; i < headers.size(); i++) {
            schema.addColumn("c" + i);
        }
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        out.print(CSV.writer(schema.build().withoutHeader()).writeValueAsString(all));
        out.flush();
    }

    private void table(List<String> headers, List<List<String>> rows) {
        int columns = headers != null
                ? headers.size()
                : rows.isEmpty() ? 0 : rows.get(0).size();
        int[] widths = new int[columns];
        List<List<String>> all = new ArrayList<>();
        if (headers != null) {
            all.add(headers);
        }
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        if (headers != null) {
            line(headers, widths);
            List<String> rule = new ArrayList<>();
            for (int width : widths) {
                rule.add("-".repeat(width));
            }
            line(rule, widths);
        }
        for (List<String> row : rows) {
            line(row, widths);
        }
        out.flush();
    }

    private void line(List<String> row, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            text.append(cell);
            if (i < row.size() - 1) {
                text.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.println(text.toString().stripTrailing());
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
