-- The tamper-evident history (issue #14, docs/adr/0016-event-chain.md). Beside V1, whose event store it
-- guards: the integrity room of query-side reads and appends these tables over JDBC.

-- One link per position of domain_event_entry, in position order. hash is SHA-256 over the
-- previous link's hash and the event's canonical bytes; a null hash is a position that no
-- event holds (an identity value a rolled-back transaction burned). parts are 8-byte prints of
-- the payload, metadata, timestamp and the remaining fields, so a check can say how a link broke.
create table event_chain (
    global_index bigint primary key,
    hash         bytea,
    parts        bytea
);

-- Signed checkpoints: Ed25519 over the message of ADR 0016 (position, hash, signed_at, key id).
-- signed_at is kept as the text that was signed, so an export reproduces the message exactly.
create table event_chain_checkpoints (
    global_index bigint       primary key,
    hash         bytea        not null,
    signed_at    varchar(64)  not null,
    signature    bytea        not null,
    key_id       varchar(64)  not null
);

-- Integrity checks run in the background; any request (on any node) reads their progress here.
create table integrity_checks (
    id                    bigint       primary key,
    from_position         bigint       not null,
    started_at            timestamptz  not null,
    finished_at           timestamptz,
    events_checked        bigint       not null default 0,
    events_per_second     bigint       not null default 0,
    checkpoints_verified  integer      not null default 0,
    checked_up_to         bigint,
    outcome               varchar(16),
    first_broken_position bigint,
    how                   varchar(40),
    last_trusted_position bigint,
    requested_by          varchar(64)  not null
);
create index integrity_checks_started_at on integrity_checks (started_at desc);

-- The store refuses to change history: UPDATE, DELETE and TRUNCATE fail for every role, the
-- owner's included, until the owner deliberately runs ALTER TABLE ... DISABLE TRIGGER.
-- Migrations that rewrote events (V24) ran before this one on every installation.
create function refuse_changing_history() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused (docs/adr/0016-event-chain.md)', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger domain_event_entry_append_only
    before update or delete on domain_event_entry
    for each statement execute function refuse_changing_history();

create trigger domain_event_entry_no_truncate
    before truncate on domain_event_entry
    for each statement execute function refuse_changing_history();

-- The chain and its checkpoints are history too: appended, never rewritten.
create trigger event_chain_append_only
    before update or delete or truncate on event_chain
    for each statement execute function refuse_changing_history();

create trigger event_chain_checkpoints_append_only
    before update or delete or truncate on event_chain_checkpoints
    for each statement execute function refuse_changing_history();
