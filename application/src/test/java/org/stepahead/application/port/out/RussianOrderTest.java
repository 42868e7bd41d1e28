package org.stepahead.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RussianOrderTest {

    @Test
    void givenSurnamesWithЁAndMissingOnes_sorting_followsTheRussianAlphabetWithЁAsЕAndMissingFirst() {
        List<String> names = new ArrayList<>(Arrays.asList("Жуков", "Ёлкин", null, "ежов", "Елкина", "Абрамова"));

        names.sort(RussianOrder.comparator());

        assertThat(names).containsExactly(null, "Абрамова", "ежов", "Ёлкин", "Елкина", "Жуков");
    }
}
