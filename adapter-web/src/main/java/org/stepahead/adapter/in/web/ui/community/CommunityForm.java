package org.stepahead.adapter.in.web.ui.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;

/** Form: A community to found: name, kind, level, coordinating organization, time zone, goal and description. */
public class CommunityForm {

    private @NotBlank @Size(max = 500) String name;
    private @NotNull CommunityKind kind;
    private @NotNull CommunityLevel level;
    private @NotNull UUID coordinatingOrganization;
    private @Size(max = 60) String timeZone;
    private @Size(max = 4000) String goal;
    private @Size(max = 20000) String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CommunityKind getKind() {
        return kind;
    }

    public void setKind(CommunityKind kind) {
        this.kind = kind;
    }

    public CommunityLevel getLevel() {
        return level;
    }

    public void setLevel(CommunityLevel level) {
        this.level = level;
    }

    public UUID getCoordinatingOrganization() {
        return coordinatingOrganization;
    }

    public void setCoordinatingOrganization(UUID coordinatingOrganization) {
        this.coordinatingOrganization = coordinatingOrganization;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
