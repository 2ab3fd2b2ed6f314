-- Network logs (issue #15, ADR 0023): how far each router's /log has been read, and indexes in the order the
-- log is read (newest first, keyset paging on occurred_at and id), replacing the plain ones of V2 that they
-- cover, so a line costs no more index writes than before.

create table router_log_cursors (
    nas_server_id bigint       primary key,
    -- the router's .id of the last line stored (*1A) and a print of that line, to tell it from another line
    -- under the same id once a reboot has numbered the log anew
    last_id       varchar(20)  not null,
    last_print    varchar(64)  not null,
    -- when the router had booted, from its uptime at the last read: a later boot means a reboot
    booted_at     timestamptz,
    lines_read    bigint       not null default 0,
    read_at       timestamptz  not null
);

drop index network_logs_occurred_at_idx;
drop index network_logs_nas_server_id_idx;
drop index network_logs_subscription_id_idx;
create index network_logs_occurred_at_idx on network_logs (occurred_at, id);
create index network_logs_nas_server_id_idx on network_logs (nas_server_id, occurred_at, id);
create index network_logs_subscription_id_idx on network_logs (subscription_id, occurred_at, id);
