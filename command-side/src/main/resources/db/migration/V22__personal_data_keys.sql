-- Personal data in the history (issue #13, docs/adr/0015). Each data subject has an AES-256 key of its
-- own, sealed with the master key; the personal fields of its events are encrypted with it. Destroying
-- the row is the erasure: what it sealed can no longer be read, in the store or in any backup taken
-- after. Written in the same transaction as the events that need it.
create table personal_data_keys (
    subject_kind varchar(16) not null check (subject_kind in ('customer', 'user', 'installation')),
    subject_id   bigint      not null,
    sealed_key   text        not null,
    created_at   timestamptz not null default now(),
    primary key (subject_kind, subject_id)
);

-- Who was erased, and when: outlives the keys, so that an erasure undone by restoring an older backup
-- can be told apart from a key that never existed, and re-applied (docs/operations.md).
create table erased_subjects (
    subject_kind varchar(16) not null check (subject_kind in ('customer', 'user')),
    subject_id   bigint      not null,
    erased_at    timestamptz not null,
    primary key (subject_kind, subject_id)
);
