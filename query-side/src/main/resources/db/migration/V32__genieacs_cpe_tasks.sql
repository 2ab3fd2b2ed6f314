-- What was pushed to each subscription's CPE and how it ended (ADR 0020): projected from the subscription's
-- CPE events, so the subscription's page shows its last tasks and the follower finds the queued ones.
create table genieacs_cpe_tasks (
    push_id         bigint        primary key,
    subscription_id bigint        not null,
    kind            varchar(32)   not null,
    state           varchar(16)   not null,
    integration_id  bigint,
    device_id       varchar(255),
    task_id         varchar(64),
    fault_code      varchar(64),
    fault_message   varchar(1000),
    requested_at    timestamptz   not null,
    updated_at      timestamptz   not null
);
create index genieacs_cpe_tasks_subscription_idx on genieacs_cpe_tasks (subscription_id, requested_at desc);
create index genieacs_cpe_tasks_queued_idx on genieacs_cpe_tasks (updated_at) where state = 'queued';
