-- Set-based validation of the command side (ARCHITECTURE.md, "Where a thing goes").
-- Written in the same transaction as the events of the command that claims a value.
create table unique_claims (
    scope         varchar(64)  not null,
    claimed_value varchar(255) not null,
    owner_id      bigint       not null,
    claimed_at    timestamptz  not null default now(),
    primary key (scope, claimed_value)
);
create index unique_claims_owner_idx on unique_claims (owner_id);
