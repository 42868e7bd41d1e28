-- What real plans say of an item beyond the catalogue: the plan's own words for the form, the audience, the expected
-- output (выход), and the item it is a sub-item of (1.1 under 1). The parent is kept by the aggregate's rules
-- (same program, one level), not by a foreign key: a program's items are rewritten together on save.
alter table activity add column form_text varchar(500);
alter table activity add column audience varchar(500);
alter table activity add column output varchar(2000);
alter table activity add column parent_id uuid;
