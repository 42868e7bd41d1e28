package org.stepahead.application.port.in.transfer;

import java.util.List;

/**
 * The lines around a community document written as YAML by an export: a first line that names the document and the
 * YAML end-of-document mark ({@code ...}) as the last line. A reader tells a whole file from an empty one or from one
 * cut short (an interrupted copy, a full disk) before it imports anything: a file that starts with the first line but
 * lacks the end mark is cut. JSON needs no envelope (a cut JSON text does not parse), and a hand-written YAML file
 * without the first line is read as it is.
 */
public final class DocumentEnvelope {

    /** The first line of an exported YAML document (a YAML comment, so any YAML reader passes over it). */
    public static final String YAML_FIRST_LINE = "# Step Ahead: документ сообщества / community document";

    /** The last line of an exported YAML document: YAML's end-of-document mark. */
    public static final String YAML_END = "...";

    /** What a reader finds before it parses the text. */
    public enum Completeness {
        /** Something to read, and nothing tells it was cut. */
        COMPLETE,
        /** No content at all: nothing but blank lines and comments. */
        EMPTY,
        /** An exported document that lacks its end mark: cut short. */
        TRUNCATED
    }

    private DocumentEnvelope() {}

    /** The YAML text of a document between the envelope's first line and end mark. */
    public static String wrapYaml(String yaml) {
        return YAML_FIRST_LINE + "\n" + yaml + (yaml.endsWith("\n") ? "" : "\n") + YAML_END + "\n";
    }

    /** Whether the text (YAML or JSON) is a whole document, an empty one or an exported one cut short. */
    public static Completeness check(String text) {
        List<String> lines =
                text.replace("\uFEFF", "").strip().lines().map(String::strip).toList();
        boolean empty = lines.stream().allMatch(line -> line.isEmpty() || line.startsWith("#"));
        if (empty) {
            return Completeness.EMPTY;
        }
        if (lines.get(0).equals(YAML_FIRST_LINE) && !lines.get(lines.size() - 1).equals(YAML_END)) {
            return Completeness.TRUNCATED;
        }
        return Completeness.COMPLETE;
    }
}
