-- Step Ahead schema: a table per aggregate and per child entity or value list.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE).
-- Child rows are keyed by their parent and their position; *_key columns hold names folded for sorting and search
-- (lower case, ё read as е), so that ordering is the Russian alphabet on both databases.

create table organization (
    id                      uuid          primary key,
    version                 bigint        not null,
    name                    varchar(500)  not null,
    short_name              varchar(200),
    kind                    varchar(40)   not null,
    municipality            varchar(200),
    low_results             boolean       not null,
    hard_social_conditions  boolean       not null,
    name_key                varchar(500)  not null
);
create index organization_name_key_idx on organization (name_key);

create table educator (
    id                 uuid          primary key,
    version            bigint        not null,
    surname            varchar(100)  not null,
    given_name         varchar(100)  not null,
    patronymic         varchar(100),
    organization_id    uuid          references organization (id),
    position_title     varchar(300),
    experience         varchar(40)   not null,
    email              varchar(200),
    surname_key        varchar(100)  not null,
    given_name_key     varchar(100)  not null,
    patronymic_key     varchar(100)  not null,
    name_key           varchar(310)  not null
);
create index educator_organization_idx on educator (organization_id);
create index educator_sort_idx on educator (surname_key, given_name_key, patronymic_key);

create table community (
    id                          uuid           primary key,
    version                     bigint         not null,
    name                        varchar(500)   not null,
    kind                        varchar(40)    not null,
    level                       varchar(40)    not null,
    coordinating_organization   uuid           not null references organization (id),
    founding_title              varchar(1000),
    founding_number             varchar(100),
    founding_date               date,
    time_zone                   varchar(60)    not null,
    description                 varchar(20000),
    goal                        varchar(4000),
    name_key                    varchar(500)   not null
);
create index community_coordinating_organization_idx on community (coordinating_organization);
create index community_name_key_idx on community (name_key);

create table community_task (
    community_id  uuid           not null references community (id) on delete cascade,
    position      int            not null,
    text          varchar(4000)  not null,
    primary key (community_id, position)
);

create table community_function (
    community_id  uuid           not null references community (id) on delete cascade,
    position      int            not null,
    function_code varchar(40)    not null,
    description   varchar(2000),
    primary key (community_id, position)
);

create table community_tutor_function (
    community_id  uuid           not null references community (id) on delete cascade,
    position      int            not null,
    function_code varchar(40)    not null,
    description   varchar(2000),
    primary key (community_id, position)
);

create table community_principle (
    community_id  uuid           not null references community (id) on delete cascade,
    position      int            not null,
    text          varchar(1000)  not null,
    primary key (community_id, position)
);

create table community_direction (
    community_id  uuid           not null references community (id) on delete cascade,
    position      int            not null,
    title         varchar(500)   not null,
    primary key (community_id, position)
);

create table community_direction_item (
    community_id        uuid           not null,
    direction_position  int            not null,
    position            int            not null,
    text                varchar(2000)  not null,
    primary key (community_id, direction_position, position),
    foreign key (community_id, direction_position) references community_direction (community_id, position) on delete cascade
);

create table community_form (
    community_id  uuid          not null references community (id) on delete cascade,
    position      int           not null,
    form          varchar(40)   not null,
    primary key (community_id, position)
);

create table community_right (
    community_id  uuid           not null references community (id) on delete cascade,
    position      int            not null,
    text          varchar(2000)  not null,
    primary key (community_id, position)
);

create table community_partner (
    community_id     uuid           not null references community (id) on delete cascade,
    position         int            not null,
    organization_id  uuid           not null references organization (id),
    role             varchar(40)    not null,
    theme            varchar(2000),
    basis_title      varchar(1000),
    basis_number     varchar(100),
    basis_date       date,
    primary key (community_id, position)
);
create index community_partner_organization_idx on community_partner (organization_id);

create table membership (
    id                uuid           primary key,
    version           bigint         not null,
    community_id      uuid           not null references community (id),
    educator_id       uuid           not null references educator (id),
    joined_on         date           not null,
    left_on           date,
    consent_given_on  date           not null,
    consent_basis     varchar(1000),
    admission_basis   varchar(1000)
);
create index membership_community_idx on membership (community_id, left_on);
create index membership_educator_idx on membership (educator_id);

create table membership_role (
    membership_id  uuid         not null references membership (id) on delete cascade,
    role           varchar(40)  not null,
    primary key (membership_id, role)
);
create index membership_role_role_idx on membership_role (role, membership_id);

create table tutoring_link (
    membership_id  uuid   not null references membership (id) on delete cascade,
    position       int    not null,
    tutor_id       uuid   not null references membership (id),
    since          date   not null,
    until          date,
    primary key (membership_id, position)
);
create index tutoring_link_tutor_idx on tutoring_link (tutor_id, until);

create table tutoring_link_function (
    membership_id  uuid         not null,
    link_position  int          not null,
    position       int          not null,
    function_code  varchar(40)  not null,
    primary key (membership_id, link_position, position),
    foreign key (membership_id, link_position) references tutoring_link (membership_id, position) on delete cascade
);

create table program (
    id                    uuid            primary key,
    version               bigint          not null,
    community_id          uuid            not null references community (id),
    kind                  varchar(40)     not null,
    title                 varchar(1000)   not null,
    summary               varchar(20000),
    goal                  varchar(4000),
    period_start          date            not null,
    period_end            date            not null,
    status                varchar(40)     not null,
    approved_by_position  varchar(1000),
    approved_by_name      varchar(300),
    approved_on           date,
    order_title           varchar(1000),
    order_number          varchar(100),
    order_date            date
);
create index program_community_idx on program (community_id, period_start);

create table program_task (
    program_id  uuid           not null references program (id) on delete cascade,
    number      int            not null,
    text        varchar(4000)  not null,
    primary key (program_id, number)
);

create table program_agreed_by (
    program_id      uuid           not null references program (id) on delete cascade,
    position        int            not null,
    official_title  varchar(1000)  not null,
    name            varchar(300),
    primary key (program_id, position)
);

create table stage (
    id            uuid           primary key,
    program_id    uuid           not null references program (id) on delete cascade,
    position      int            not null,
    name          varchar(500)   not null,
    kind          varchar(40)    not null,
    period_start  date           not null,
    period_end    date           not null,
    description   varchar(4000),
    status        varchar(40)    not null,
    started_on    date,
    closed_on     date
);
create index stage_program_idx on stage (program_id, position);

create table direction (
    id          uuid           primary key,
    program_id  uuid           not null references program (id) on delete cascade,
    position    int            not null,
    code        varchar(40),
    title       varchar(1000)  not null
);
create index direction_program_idx on direction (program_id, position);

create table activity (
    id            uuid            primary key,
    program_id    uuid            not null references program (id) on delete cascade,
    position      int             not null,
    number        varchar(40),
    title         varchar(2000)   not null,
    description   varchar(10000),
    direction_id  uuid            references direction (id),
    stage_id      uuid            references stage (id)
);
create index activity_program_idx on activity (program_id, position);
create index activity_direction_idx on activity (direction_id);
create index activity_stage_idx on activity (stage_id);

create table activity_form (
    activity_id  uuid         not null references activity (id) on delete cascade,
    program_id   uuid         not null references program (id) on delete cascade,
    position     int          not null,
    form         varchar(40)  not null,
    primary key (activity_id, position)
);
create index activity_form_program_idx on activity_form (program_id);

create table activity_responsible (
    activity_id      uuid           not null references activity (id) on delete cascade,
    program_id       uuid           not null references program (id) on delete cascade,
    position         int            not null,
    name             varchar(1000)  not null,
    organization_id  uuid           references organization (id),
    educator_id      uuid           references educator (id),
    primary key (activity_id, position)
);
create index activity_responsible_program_idx on activity_responsible (program_id);
create index activity_responsible_organization_idx on activity_responsible (organization_id);
create index activity_responsible_educator_idx on activity_responsible (educator_id);

create table activity_tutor_function (
    activity_id    uuid         not null references activity (id) on delete cascade,
    program_id     uuid         not null references program (id) on delete cascade,
    position       int          not null,
    function_code  varchar(40)  not null,
    primary key (activity_id, position)
);
create index activity_tutor_function_program_idx on activity_tutor_function (program_id);

-- A schedule as queryable columns: one row per activity (part 0), and for a compound schedule (SEVERAL) one more
-- row per part (part 1, 2, ...). Columns not used by a kind stay null.
create table activity_schedule (
    activity_id   uuid           not null references activity (id) on delete cascade,
    program_id    uuid           not null references program (id) on delete cascade,
    part          int            not null,
    parent_part   int,
    kind          varchar(40)    not null,
    text          varchar(1000)  not null,
    on_date       date,
    is_deadline   boolean,
    month_start   date,
    range_start   date,
    range_end     date,
    times         int,
    per_unit      varchar(40),
    nth           int,
    day_of_week   varchar(10),
    requester     varchar(500),
    plan_name     varchar(1000),
    primary key (activity_id, part)
);
create index activity_schedule_program_idx on activity_schedule (program_id);
create index activity_schedule_kind_idx on activity_schedule (kind, on_date, month_start, range_start);

create table expected_result (
    id           uuid           primary key,
    program_id   uuid           not null references program (id) on delete cascade,
    position     int            not null,
    text         varchar(2000)  not null,
    details      varchar(4000),
    kind         varchar(40)    not null,
    stage_id     uuid           references stage (id),
    outcome      varchar(40),
    assessed_on  date,
    comment      varchar(4000)
);
create index expected_result_program_idx on expected_result (program_id, position);
create index expected_result_stage_idx on expected_result (stage_id);

create table result_evidence (
    result_id    uuid           not null references expected_result (id) on delete cascade,
    program_id   uuid           not null references program (id) on delete cascade,
    position     int            not null,
    kind         varchar(40)    not null,
    description  varchar(2000)  not null,
    reference    varchar(2000),
    primary key (result_id, position)
);
create index result_evidence_program_idx on result_evidence (program_id);

create table indicator (
    id          uuid            primary key,
    program_id  uuid            not null references program (id) on delete cascade,
    position    int             not null,
    name        varchar(1000)   not null,
    unit        varchar(50),
    baseline    numeric(24, 6),
    target      numeric(24, 6),
    direction   varchar(40)     not null
);
create index indicator_program_idx on indicator (program_id, position);

create table measurement (
    indicator_id  uuid            not null references indicator (id) on delete cascade,
    program_id    uuid            not null references program (id) on delete cascade,
    position      int             not null,
    measured_on   date            not null,
    measured      numeric(24, 6)  not null,
    note          varchar(2000),
    primary key (indicator_id, position)
);
create index measurement_program_idx on measurement (program_id);

create table event (
    id              uuid           primary key,
    version         bigint         not null,
    community_id    uuid           not null references community (id),
    program_id      uuid           references program (id),
    activity_id     uuid,
    title           varchar(2000)  not null,
    form            varchar(40),
    event_date      date           not null,
    starts_at       time,
    ends_at         time,
    place           varchar(1000),
    status          varchar(40)    not null,
    minutes_number  varchar(50),
    minutes_date    date,
    chair           varchar(300),
    secretary       varchar(300)
);
create index event_community_date_idx on event (community_id, event_date);
create index event_program_activity_idx on event (program_id, activity_id);

create table event_facilitator (
    event_id  uuid          not null references event (id) on delete cascade,
    position  int           not null,
    name      varchar(300)  not null,
    primary key (event_id, position)
);

create table attendance (
    event_id            uuid          not null references event (id) on delete cascade,
    position            int           not null,
    membership_id       uuid          references membership (id),
    guest_name          varchar(300),
    guest_organization  varchar(500),
    present             boolean       not null,
    primary key (event_id, position)
);
create index attendance_membership_idx on attendance (membership_id);

create table agenda_item (
    event_id  uuid            not null references event (id) on delete cascade,
    position  int             not null,
    topic     varchar(2000)   not null,
    heard     varchar(10000),
    primary key (event_id, position)
);

create table agenda_line (
    event_id       uuid           not null,
    item_position  int            not null,
    kind           varchar(20)    not null,
    position       int            not null,
    text           varchar(4000)  not null,
    primary key (event_id, item_position, kind, position),
    foreign key (event_id, item_position) references agenda_item (event_id, position) on delete cascade
);
