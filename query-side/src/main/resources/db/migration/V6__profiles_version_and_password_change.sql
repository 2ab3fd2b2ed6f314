-- The profile's ETag is its user's version; a password change revokes older login tokens
-- (docs/adr/0006).
alter table profiles add column aggregate_version bigint not null default 0;
alter table users add column password_changed_at timestamptz;
