package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.Outcome;

/** Request: assess an expected result, with evidence. */
public record AssessResultRequest(
        @NotNull @EnumName(Outcome.class) String outcome,
        LocalDate assessedOn,
        @Size(max = 4000) String comment,
        List<@Valid @NotNull Evidence> evidence) {

    /** One proof of the result. */
    public record Evidence(
            @NotNull @EnumName(EvidenceKind.class) String kind,
            @NotBlank @Size(max = 2000) String description,
            @Size(max = 2000) String reference) {}
}
