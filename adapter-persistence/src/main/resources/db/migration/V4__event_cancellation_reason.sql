-- Why an event was cancelled, as the coordinator gave it (optional; only a cancelled event has one).

alter table event add column cancellation_reason varchar(1000);
