package org.stepahead.adapter.in.web.ui.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Form: a direction (section) of the plan: its code and title. */
public class DirectionForm {

    private @Size(max = 20) String code;
    private @NotBlank @Size(max = 1000) String title;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
