package org.stepahead.application.service.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepahead.domain.shared.Form;

class FormWordsTest {

    @ParameterizedTest
    @CsvSource({
        "Заседания МО классных руководителей, MEETING",
        "Экскурсия в школьный музей, EXCURSION",
        "Круглый стол с родителями, ROUND_TABLE",
        "классные часы по параллелям, CLASS_HOUR",
        "Викторина «Знатоки истории», QUIZ",
        "Общешкольный субботник, SUBBOTNIK",
        "Собеседование с молодыми специалистами, INTERVIEW",
        "Педагогического совета, PEDAGOGICAL_COUNCIL",
        "выставка рисунков, EXHIBITION",
        "АКЦИЯ «Бессмертный полк», CAMPAIGN",
        "мастер-классы, MASTER_CLASS"
    })
    void givenAPlansWordsForAForm_named_findsTheCatalogueForm(String words, Form form) {
        assertThat(FormWords.named(words)).contains(form);
    }

    @Test
    void givenWordsNamingNoForm_named_findsNone_andNeverGuessesOther() {
        assertThat(FormWords.named("Подготовка к юбилею школы")).isEmpty();
        assertThat(FormWords.named("иная форма работы")).doesNotContain(Form.OTHER);
        assertThat(FormWords.named(null)).isEmpty();
        assertThat(FormWords.named("  ")).isEmpty();
    }

    @Test
    void givenWordsNamingTwoForms_named_findsBoth() {
        assertThat(FormWords.named("Семинар-практикум для молодых педагогов"))
                .containsExactly(Form.SEMINAR, Form.PRACTICUM);
    }
}
