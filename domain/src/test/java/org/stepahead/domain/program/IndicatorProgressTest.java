package org.stepahead.domain.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.addIndicator;
import static org.stepahead.domain.TestData.approvedProgram;
import static org.stepahead.domain.TestData.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepahead.domain.shared.Period;

/** Indicators: measurements inside the program period, progress in the indicator's direction. */
class IndicatorProgressTest {

    private static final LocalDate DAY = LocalDate.of(2022, 5, 20);

    private final Program program = approvedProgram();

    private static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({"HIGHER_IS_BETTER, 20, 10", "LOWER_IS_BETTER, 10, 20"})
    void givenATargetAgainstTheDirection_addIndicator_isRefused(
            IndicatorDirection direction, String baseline, String target) {
        assertRefused(
                () -> addIndicator(program, n(baseline), n(target), direction), "indicator.targetAgainstDirection");
        assertThat(program.indicators()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
        "HIGHER_IS_BETTER, 10, 20",
        "LOWER_IS_BETTER, 20, 10",
        "HIGHER_IS_BETTER, 10, 10",
        "LOWER_IS_BETTER, 10, 10",
        "HIGHER_IS_BETTER, , 10",
        "LOWER_IS_BETTER, 10, "
    })
    void givenATargetInTheDirection_addIndicator_isAccepted(
            IndicatorDirection direction, String baseline, String target) {
        IndicatorId id = addIndicator(program, n(baseline), n(target), direction);

        assertThat(program.indicator(id).direction()).isEqualTo(direction);
    }

    @Test
    void givenATargetAgainstTheDirection_reviseIndicator_isRefused() {
        IndicatorId id = addIndicator(program, n("10"), n("20"), IndicatorDirection.HIGHER_IS_BETTER);

        assertRefused(
                () -> program.reviseIndicator(id, "Доля", "%", n("10"), n("20"), IndicatorDirection.LOWER_IS_BETTER),
                "indicator.targetAgainstDirection");
        assertThat(program.indicator(id).direction()).isEqualTo(IndicatorDirection.HIGHER_IS_BETTER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020-12-31", "2024-01-01"})
    void givenADayOutsideTheProgram_recordMeasurement_isRefused(LocalDate day) {
        IndicatorId id = addIndicator(program, n("10"), n("20"), IndicatorDirection.HIGHER_IS_BETTER);

        assertRefused(() -> program.recordMeasurement(id, measurement(day, "15")), "measurement.outsideProgram");
        assertThat(program.indicator(id).measurements()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2021-01-01", "2023-12-31"})
    void givenADayInsideTheProgram_recordMeasurement_recordsItAndTheEvent(LocalDate day) {
        IndicatorId id = addIndicator(program, n("10"), n("20"), IndicatorDirection.HIGHER_IS_BETTER);

        program.recordMeasurement(id, measurement(day, "15"));

        assertThat(program.indicator(id).measurements()).containsExactly(measurement(day, "15"));
        assertThat(program.pullEvents())
                .containsExactly(new MeasurementRecorded(program.getId(), id, measurement(day, "15")));
    }

    @Test
    void givenAMeasurementOutsideTheNewPeriod_reviseProgramPeriod_isRefused() {
        Program draft = org.stepahead.domain.TestData.draftProgram();
        IndicatorId id = addIndicator(draft, n("10"), n("20"), IndicatorDirection.HIGHER_IS_BETTER);
        draft.recordMeasurement(id, measurement(LocalDate.of(2023, 5, 1), "12"));

        assertRefused(
                () -> draft.revise(
                        draft.kind(), draft.title(), null, draft.goal(), List.of("Задача"), Period.ofYears(2021, 2022)),
                "measurement.outsideProgram");
        assertThat(draft.period()).isEqualTo(org.stepahead.domain.TestData.PROGRAM_PERIOD);
    }

    @Test
    void givenMeasurementsInsideTheNewPeriod_reviseProgramPeriod_isAccepted() {
        Program draft = org.stepahead.domain.TestData.draftProgram();
        IndicatorId id = addIndicator(draft, n("10"), n("20"), IndicatorDirection.HIGHER_IS_BETTER);
        draft.recordMeasurement(id, measurement(LocalDate.of(2022, 5, 1), "12"));

        draft.revise(draft.kind(), draft.title(), null, draft.goal(), List.of("Задача"), Period.ofYears(2021, 2022));

        assertThat(draft.period()).isEqualTo(Period.ofYears(2021, 2022));
    }

    @Test
    void givenAnUnknownIndicator_recordMeasurement_isNotFound() {
        assertRefused(() -> program.recordMeasurement(IndicatorId.random(), measurement(DAY, "1")), "notFound");
    }

    @ParameterizedTest(name = "{0}: {1} → {2}, measured {3}: share {4}, achieved {5}")
    @CsvSource({
        "HIGHER_IS_BETTER, 10, 20, 15, 0.5000, false",
        "HIGHER_IS_BETTER, 10, 20, 20, 1.0000, true",
        "HIGHER_IS_BETTER, 10, 20, 25, 1.5000, true",
        "HIGHER_IS_BETTER, 10, 20, 5, -0.5000, false",
        "HIGHER_IS_BETTER, , 40, 10, 0.2500, false",
        "LOWER_IS_BETTER, 20, 10, 12, 0.8000, false",
        "LOWER_IS_BETTER, 20, 10, 10, 1.0000, true",
        "LOWER_IS_BETTER, 20, 10, 8, 1.2000, true",
        "LOWER_IS_BETTER, 20, 10, 25, -0.5000, false",
        "HIGHER_IS_BETTER, 10, 10, 12, 1.0000, true",
        "HIGHER_IS_BETTER, 10, 10, 9, 0.0000, false",
        "LOWER_IS_BETTER, 10, 10, 9, 1.0000, true",
        "LOWER_IS_BETTER, 10, 10, 11, 0.0000, false"
    })
    void givenAMeasurement_progress_goesFromBaselineToTargetInTheDirection(
            IndicatorDirection direction,
            String baseline,
            String target,
            String measured,
            String share,
            boolean achieved) {
        IndicatorId id = addIndicator(program, n(baseline), n(target), direction);
        program.recordMeasurement(id, measurement(DAY, measured));

        Progress progress = program.indicator(id).progress().orElseThrow();

        assertThat(progress.latest()).isEqualByComparingTo(measured);
        assertThat(progress.share()).isEqualTo(new BigDecimal(share));
        assertThat(progress.achieved()).isEqualTo(achieved);
    }

    @Test
    void givenMeasurementsOutOfOrder_progress_usesTheLatestDay() {
        IndicatorId id = addIndicator(program, n("0"), n("100"), IndicatorDirection.HIGHER_IS_BETTER);
        program.recordMeasurement(id, measurement(LocalDate.of(2023, 6, 1), "80"));
        program.recordMeasurement(id, measurement(LocalDate.of(2022, 6, 1), "40"));

        assertThat(program.indicator(id).progress().orElseThrow().latest()).isEqualByComparingTo("80");
        assertThat(program.indicator(id).measurements())
                .extracting(Measurement::measuredOn)
                .containsExactly(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 6, 1));
    }

    @Test
    void givenNoTarget_progress_isEmpty() {
        IndicatorId id = addIndicator(program, n("10"), null, IndicatorDirection.HIGHER_IS_BETTER);
        program.recordMeasurement(id, measurement(DAY, "15"));

        assertThat(program.indicator(id).progress()).isEmpty();
    }

    @Test
    void givenNothingMeasured_progress_isEmpty() {
        IndicatorId id = addIndicator(program, n("10"), n("20"), IndicatorDirection.HIGHER_IS_BETTER);

        assertThat(program.indicator(id).progress()).isEmpty();
    }

    @Test
    void givenNoDayOrValue_measurement_isRefused() {
        assertRefused(() -> new Measurement(null, BigDecimal.ONE, null), "required");
        assertRefused(() -> new Measurement(DAY, null, null), "required");
    }
}
