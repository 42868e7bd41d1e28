-- A community's own days off beyond the country's calendar (its holidays, a quarantine), by their first day.
create table community_day_off (
    community_id  uuid           not null references community (id) on delete cascade,
    position      int            not null,
    starts_on     date           not null,
    ends_on       date           not null,
    reason        varchar(500)   not null,
    primary key (community_id, position)
);
