package org.stepahead.adapter.in.web.ui.event;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.shared.Form;

/**
 * Form: an event to plan — of a plan item ({@code activity} is "programId/activityId") or standalone (then it needs
 * a title) — its form, day, times, place and facilitators one per line.
 */
public class EventForm {

    private String activity;
    private @Size(max = 2000) String title;
    private Form form;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date;
    private @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt;
    private @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt;
    private @Size(max = 1000) String place;
    private @Size(max = 3000) String facilitatorsText;

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Form getForm() {
        return form;
    }

    public void setForm(Form form) {
        this.form = form;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getFacilitatorsText() {
        return facilitatorsText;
    }

    public void setFacilitatorsText(String facilitatorsText) {
        this.facilitatorsText = facilitatorsText;
    }
}
