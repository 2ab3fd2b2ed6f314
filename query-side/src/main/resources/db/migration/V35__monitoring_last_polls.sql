-- Monitoring (#15). Whether a NAS answers comes from its history (NasServerWentDown, NasServerCameUp), so it is
-- projected onto nas_servers and rebuilt with it; null before the first poll.
alter table nas_servers add column online boolean;
alter table nas_servers add column online_changed_at timestamptz;

-- The last answered poll of each NAS and the session state of each subscription: telemetry, written by the
-- poller's ingest with every poll (not event-sourced, not rebuilt), so that lists need not search
-- monitoring_data's partitions for the newest rows.
create table nas_server_polls (
    nas_server_id    bigint        primary key,
    last_seen        timestamptz   not null,
    cpu_usage        integer       not null,
    memory_usage     numeric(5,2)  not null,
    uptime_seconds   bigint        not null,
    connection_count integer       not null
);

create table subscription_sessions (
    subscription_id bigint       primary key,
    nas_server_id   bigint       not null,
    online          boolean      not null,
    session_since   timestamptz,
    address         varchar(45),
    caller_mac      varchar(64),
    last_seen       timestamptz  not null
);
create index subscription_sessions_online_idx on subscription_sessions (nas_server_id) where online;
