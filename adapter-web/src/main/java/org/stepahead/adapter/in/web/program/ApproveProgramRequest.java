package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request: approve the program (утверждаю), by whom, when, by which order, agreed by whom. */
public record ApproveProgramRequest(
        @Valid @NotNull Official approvedBy,
        LocalDate approvedOn,
        @Size(max = 1000) String orderTitle,
        @Size(max = 100) String orderNumber,
        LocalDate orderDate,
        List<@Valid @NotNull Official> agreedBy) {

    /** An official by position and name. */
    public record Official(
            @NotBlank @Size(max = 1000) String position,
            @Size(max = 300) String name) {}
}
