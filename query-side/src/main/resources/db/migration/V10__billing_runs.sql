-- A billing run's report (docs/adr/0009): what it found and did. Each invoice it issues is an
-- event of its own; this row is the operator's view of the run, written as it goes.
create table billing_runs (
    id             bigint      primary key,
    run_date       date        not null,
    status         varchar(16) not null check (status in ('running', 'finished', 'failed')),
    total          integer     not null default 0,
    issued         integer     not null default 0,
    already_billed integer     not null default 0,
    skipped        integer     not null default 0,
    failed         integer     not null default 0,
    last_error     text,
    started_by     bigint,
    started_at     timestamptz not null,
    finished_at    timestamptz
);
create index billing_runs_run_date_idx on billing_runs (run_date);
