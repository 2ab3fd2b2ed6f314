-- The device read model the design document has none of (ADR 0019): each ACS's devices as the last sync read
-- them. A copy of GenieACS, written by the sync, not projected from events; a full sync rebuilds it.
-- subscription_id is the link the integration's rule found (exactly one subscription claims the device).
create table genieacs_devices (
    integration_id       bigint        not null,
    device_id            varchar(255)  not null,
    data_model           varchar(8)    not null check (data_model in ('tr098', 'tr181')),
    manufacturer         varchar(255),
    model                varchar(255),
    serial_number        varchar(255),
    firmware             varchar(255),
    last_inform          timestamptz,
    wan_address          varchar(45),
    ssids                jsonb         not null default '[]',
    optical_rx_power_dbm numeric(6,2),
    pppoe_username       varchar(255),
    tags                 jsonb         not null default '[]',
    parameters           jsonb         not null default '{}',
    subscription_id      bigint,
    synced_at            timestamptz   not null,
    primary key (integration_id, device_id)
);
create index genieacs_devices_subscription_id_idx on genieacs_devices (subscription_id);
create index genieacs_devices_pppoe_username_idx on genieacs_devices (pppoe_username);
create index genieacs_devices_unclaimed_idx on genieacs_devices (integration_id, device_id) where subscription_id is null;

-- The links staff made by hand (CpeLinked events): a projection, rebuilt from the events; it wins over the rule.
create table genieacs_cpe_links (
    subscription_id bigint       primary key,
    integration_id  bigint       not null,
    device_id       varchar(255) not null,
    linked_at       timestamptz  not null
);
create index genieacs_cpe_links_device_idx on genieacs_cpe_links (integration_id, device_id);

-- The next incremental sync starts from the last successful one.
create index geniacs_data_sync_last_idx on geniacs_data_sync (integration_id, created_at desc)
    where status = 'success' and sync_type in ('full', 'incremental');
