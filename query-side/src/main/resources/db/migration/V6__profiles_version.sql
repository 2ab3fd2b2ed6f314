-- The user's version at the last profile change backs the profile's ETag, as
-- aggregate_version does on the other projected tables (docs/adr/0002).
alter table profiles add column aggregate_version bigint not null default 0;
