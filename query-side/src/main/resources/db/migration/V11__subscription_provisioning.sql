-- Where the sagas are with each subscription's account on its router (GET
-- /api/v1/subscriptions/{id}/provisioning). Not in the design document: an operational read
-- model built from the Router* events, which audit_logs also records.
create table subscription_provisioning (
    subscription_id   bigint       primary key,
    operation         varchar(20)  not null,
    state             varchar(20)  not null,
    cause             varchar(255),
    step              varchar(50),
    attempts          integer      not null default 0,
    last_error        varchar(500),
    next_attempt_at   timestamptz,
    compensation      varchar(500),
    started_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
-- Staff look for what needs them: failed work first, then work waiting for a retry.
create index subscription_provisioning_state_idx on subscription_provisioning (state, updated_at);
