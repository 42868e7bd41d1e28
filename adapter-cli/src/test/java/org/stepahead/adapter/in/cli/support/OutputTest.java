package org.stepahead.adapter.in.cli.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Output formats: aligned tables, real CSV quoting, JSON with stable names. */
class OutputTest {

    /** A row to print. */
    record Row(String name, Integer count, List<String> tags) {}

    private static final List<Column<Row>> COLUMNS = List.of(
            Column.of("column.name", Row::name), Column.of("column.number", Row::count), Column.of("tags", Row::tags));

    private static String print(OutputFormat format, List<Row> rows) {
        StringWriter text = new StringWriter();
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.stepahead.adapter.in.cli.messages",
                Locale.forLanguageTag("ru"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        new Output(new PrintWriter(text), format, bundle).list(rows, COLUMNS);
        return text.toString();
    }

    private static final List<Row> ROWS =
            List.of(new Row("Лицей, \"№21\"", 7, List.of("a", "b")), new Row("Школа\nвторая", null, List.of()));

    @Test
    void givenCsv_quotesCommasQuotesAndNewlines_andUsesBundleHeaders() {
        assertThat(print(OutputFormat.CSV, ROWS).lines().toList())
                .containsExactly("Название,№,tags", "\"Лицей, \"\"№21\"\"\",7,\"a, b\"", "\"Школа вторая\",,");
    }

    @Test
    void givenTable_alignsColumnsByCharacters() {
        List<String> lines = print(OutputFormat.TABLE, ROWS).lines().toList();
        assertThat(lines)
                .containsExactly(
                        "Название      №  tags", "------------  -  ----", "Лицей, \"№21\"  7  a, b", "Школа вторая");
    }

    @Test
    void givenJson_writesTheValuesWithTheirFieldNames() {
        assertThat(print(OutputFormat.JSON, ROWS.subList(0, 1)))
                .contains("\"name\" : \"Лицей, \\\"№21\\\"\"", "\"count\" : 7", "\"tags\" : [ \"a\", \"b\" ]");
    }
}
