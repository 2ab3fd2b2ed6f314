-- Which subscription an address on a NAS belongs to, as its last PPP or hotspot login said (ADR 0023): the
-- address a firewall line names finds its subscriber here in one index lookup, not by searching the logs.
create table session_addresses (
    nas_server_id   bigint       not null,
    address         varchar(45)  not null,
    subscription_id bigint       not null,
    seen_at         timestamptz  not null,
    primary key (nas_server_id, address)
);
