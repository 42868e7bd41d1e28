package org.stepahead.application.port.in.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.transfer.DocumentEnvelope.Completeness;

class DocumentEnvelopeTest {

    private static final String BODY = "source: test\ncommunity:\n  name: Клуб\n";

    @Test
    void givenAWrappedDocument_check_findsItComplete_evenWithABomAndTrailingBlankLines() {
        String wrapped = DocumentEnvelope.wrapYaml(BODY);

        assertThat(wrapped).startsWith(DocumentEnvelope.YAML_FIRST_LINE + "\n").endsWith("\n...\n");
        assertThat(DocumentEnvelope.check(wrapped)).isEqualTo(Completeness.COMPLETE);
        assertThat(DocumentEnvelope.check("\uFEFF" + wrapped + "\n\n")).isEqualTo(Completeness.COMPLETE);
    }

    @Test
    void givenAnExportCutAnywhereBeforeItsEndMark_check_findsItTruncated() {
        String wrapped = DocumentEnvelope.wrapYaml(BODY);

        for (int length = DocumentEnvelope.YAML_FIRST_LINE.length() + 2; length < wrapped.length() - 4; length++) {
            assertThat(DocumentEnvelope.check(wrapped.substring(0, length)))
                    .as("cut after %d characters", length)
                    .isEqualTo(Completeness.TRUNCATED);
        }
    }

    @Test
    void givenNothingButBlankLinesAndComments_check_findsItEmpty() {
        assertThat(DocumentEnvelope.check("")).isEqualTo(Completeness.EMPTY);
        assertThat(DocumentEnvelope.check("\uFEFF \n\t\n")).isEqualTo(Completeness.EMPTY);
        assertThat(DocumentEnvelope.check("# план\n\n# ещё нет\n")).isEqualTo(Completeness.EMPTY);
        assertThat(DocumentEnvelope.check(DocumentEnvelope.YAML_FIRST_LINE)).isEqualTo(Completeness.EMPTY);
    }

    @Test
    void givenAHandWrittenYamlOrAJsonText_check_readsItAsItIs() {
        assertThat(DocumentEnvelope.check(BODY)).isEqualTo(Completeness.COMPLETE);
        assertThat(DocumentEnvelope.check("{\"source\": \"test\"}")).isEqualTo(Completeness.COMPLETE);
    }
}
