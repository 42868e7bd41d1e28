package org.stepahead.adapter.in.web.ui.event;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Form: who attended — the members listed on the form, those ticked present, and guests one per line ("name; organization"). */
public class AttendanceForm {

    private Long version;
    private List<UUID> listed = new ArrayList<>();
    private List<UUID> present = new ArrayList<>();
    private @Size(max = 40000) String guestsText;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<UUID> getListed() {
        return listed;
    }

    public void setListed(List<UUID> listed) {
        this.listed = listed;
    }

    public List<UUID> getPresent() {
        return present;
    }

    public void setPresent(List<UUID> present) {
        this.present = present;
    }

    public String getGuestsText() {
        return guestsText;
    }

    public void setGuestsText(String guestsText) {
        this.guestsText = guestsText;
    }
}
