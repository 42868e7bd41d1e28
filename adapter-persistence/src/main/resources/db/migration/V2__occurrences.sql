-- Issue 6, events from schedules: an event generated from an activity's schedule remembers the day of the schedule
-- it stands for (its occurrence); one activity has at most one event per occurrence (events scheduled by hand have
-- none: NULLs never collide). Decisions of the minutes that became plan items are remembered per event.

alter table event add column occurrence_date date;

alter table event add constraint event_activity_occurrence_uq unique (program_id, activity_id, occurrence_date);

create table event_planned_decision (
    event_id           uuid  not null references event (id) on delete cascade,
    item_position      int   not null,
    decision_position  int   not null,
    program_id         uuid  not null references program (id),
    activity_id        uuid  not null,
    primary key (event_id, item_position, decision_position)
);
