package org.stepahead.adapter.in.web.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request: days a community does not work, from and to included, with the reason people will read. */
public record AddDaysOffRequest(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotBlank @Size(max = 500) String reason) {}
