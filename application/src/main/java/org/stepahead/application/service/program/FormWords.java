package org.stepahead.application.service.program;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.Messages;
import org.stepahead.domain.shared.Form;

/**
 * The catalogue's forms that a plan's own words name: "Заседания МО" → заседание, "Экскурсия в музей" → экскурсия,
 * "Круглый стол с родителями" → круглый стол. A form is named when every word of its Russian name stands in the
 * text, inflected (a word matches by its stem: all but its ending); "иная форма" is never guessed.
 */
final class FormWords {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Map<Form, List<String>> STEMS = Arrays.stream(Form.values())
            .filter(f -> f != Form.OTHER)
            .collect(Collectors.toMap(
                    f -> f,
                    f -> words(Messages.label(f, RUSSIAN)).stream()
                            .map(FormWords::stem)
                            .toList()));

    private FormWords() {}

    /** The forms the words name, in the catalogue's order; none when nothing fits. */
    static List<Form> named(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = words(text);
        Set<Form> named = EnumSet.noneOf(Form.class);
        STEMS.forEach((form, stems) -> {
            if (stems.stream().allMatch(stem -> words.stream().anyMatch(w -> w.startsWith(stem)))) {
                named.add(form);
            }
        });
        return List.copyOf(named);
    }

    private static List<String> words(String text) {
        return NOT_A_LETTER
                .splitAsStream(text.toLowerCase(RUSSIAN).replace('ё', 'е'))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** A word without its ending: short words whole, longer ones without their last two letters. */
    private static String stem(String word) {
        return word.length() <= 4 ? word : word.substring(0, Math.max(4, word.length() - 2));
    }
}
