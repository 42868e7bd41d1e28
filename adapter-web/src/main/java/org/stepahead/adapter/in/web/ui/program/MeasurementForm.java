package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: a measured value of an indicator, the day it was measured and a note. */
public class MeasurementForm {

    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn;
    private @NotNull BigDecimal value;
    private @Size(max = 2000) String note;

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
