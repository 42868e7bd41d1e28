package org.stepahead.adapter.in.web.ui.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.shared.Form;

/**
 * Form: a community's own data to revise, at the version it was read at: name, time zone, founding document and the
 * whole profile. Lists are text areas, one item per line (see {@link CommunityProfileText}); forms are ticked.
 */
public record CommunityRevisionForm(
        Long version,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 60) String timeZone,
        @Size(max = 1000) String documentTitle,
        @Size(max = 100) String documentNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
        @Size(max = 20000) String description,
        @Size(max = 4000) String goal,
        @Size(max = 100000) String tasksText,
        @Size(max = 100000) String functionsText,
        @Size(max = 100000) String principlesText,
        @Size(max = 100000) String directionsText,
        List<Form> forms,
        @Size(max = 100000) String rightsText,
        @Size(max = 100000) String partnersText,
        @Size(max = 100000) String tutorFunctionsText) {

    /** The forms ticked; none when nothing is. */
    public List<Form> forms() {
        return forms == null ? List.of() : forms;
    }
}
