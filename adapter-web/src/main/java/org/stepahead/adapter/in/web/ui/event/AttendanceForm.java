package org.stepahead.adapter.in.web.ui.event;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Form: who attended — the members listed on the form, those ticked present, and guests one per line ("name; organization"). */
public record AttendanceForm(
        Long version,
        List<UUID> listed,
        List<UUID> present,
        @Size(max = 40000) String guestsText) {

    public AttendanceForm {
        listed = listed == null ? List.of() : listed;
        present = present == null ? List.of() : present;
    }
}
