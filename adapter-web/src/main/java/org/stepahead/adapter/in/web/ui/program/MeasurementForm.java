package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: a measured value of an indicator, the day it was measured and a note. */
public record MeasurementForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate measuredOn,

        @NotNull BigDecimal value,
        @Size(max = 2000) String note) {

    /** The form before anything is entered. */
    static MeasurementForm blank() {
        return new MeasurementForm(null, null, null);
    }
}
