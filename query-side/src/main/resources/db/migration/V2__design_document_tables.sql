-- The 15 tables of the design document (shared/seed/000_c4c06431aa12276a.txt), with its
-- column names kept exactly and the indexes it lists. Decisions: docs/adr/0002, 0003.
--  * enums are varchar with a check of the document's values (lower case, as in the API);
--  * json columns are jsonb; timestamps are timestamptz; money is numeric(15,2);
--  * foreign keys are indexed but not constrained: read models are projections of
--    different aggregates, filled in their own order and rebuilt at will, while the
--    command side keeps references valid;
--  * monitoring_data and network_logs are partitioned by month, audit_logs by quarter.

-- Phase 1: users and system

create table users (
    id                bigint       primary key,
    name              varchar(255) not null,
    email             varchar(255) not null,
    password          varchar(255) not null,
    phone             varchar(32),
    role              varchar(16)  not null check (role in ('admin', 'staff', 'customer')),
    is_active         boolean      not null default true,
    email_verified_at timestamptz,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    aggregate_version bigint       not null default 0
);
create index users_email_idx on users (email);
create index users_role_idx on users (role);
create index users_is_active_idx on users (is_active);

create table profiles (
    id          bigint       primary key,
    user_id     bigint       not null,
    address     varchar(500),
    city        varchar(100),
    province    varchar(100),
    postal_code varchar(16),
    country     varchar(100),
    birth_date  date,
    gender      varchar(16),
    photo       varchar(1000),
    bio         text,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create unique index profiles_user_id_idx on profiles (user_id);

create table system_settings (
    id          bigint       primary key,
    key         varchar(255) not null,
    value       text,
    type        varchar(16)  not null check (type in ('string', 'number', 'boolean', 'json')),
    "group"     varchar(100) not null,
    description text,
    is_public   boolean      not null default false,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    aggregate_version bigint not null default 0
);
create unique index system_settings_key_idx on system_settings (key);
create index system_settings_group_idx on system_settings ("group");

-- Partitions are named <table>_<period>; PartitionUpkeep keeps the next ones ready, and
-- the default partition catches rows outside them (a replay of very old events).
create function ensure_range_partitions(parent text, step interval, name_format text,
                                        first_period timestamptz, periods int) returns int
language plpgsql as $$
declare
    period_start timestamptz := first_period;
    period_end   timestamptz;
    partition    text;
    created      int := 0;
begin
    for i in 1..periods loop
        period_end := period_start + step;
        partition := parent || '_' || to_char(period_start at time zone 'UTC', name_format);
        if to_regclass(partition) is null then
            execute format('create table %I partition of %I for values from (%L) to (%L)',
                           partition, parent, period_start, period_end);
            created := created + 1;
        end if;
        period_start := period_end;
    end loop;
    return created;
end
$$;

create table audit_logs (
    id          bigint       not null,
    user_id     bigint,
    action      varchar(64)  not null,
    model_type  varchar(100) not null,
    model_id    bigint,
    old_values  jsonb,
    new_values  jsonb,
    ip_address  varchar(45),
    user_agent  varchar(512),
    created_at  timestamptz  not null,
    primary key (id, created_at)
) partition by range (created_at);
create table audit_logs_default partition of audit_logs default;
create index audit_logs_user_id_idx on audit_logs (user_id);
create index audit_logs_action_idx on audit_logs (action);
create index audit_logs_model_type_idx on audit_logs (model_type, model_id);
create index audit_logs_created_at_idx on audit_logs (created_at);
select ensure_range_partitions('audit_logs', interval '3 months', 'YYYY"q"Q',
                               '2026-01-01 00:00:00+00', 8);

-- Phase 2: network infrastructure

create table nas_servers (
    id                 bigint       primary key,
    name               varchar(255) not null,
    ip_address         varchar(45)  not null,
    port               integer      not null,
    username           varchar(255) not null,
    password_encrypted varchar(1024) not null,
    api_type           varchar(16)  not null check (api_type in ('routeros_v6', 'routeros_v7')),
    version            varchar(64),
    is_active          boolean      not null default true,
    description        text,
    configuration      jsonb,
    last_sync          timestamptz,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    aggregate_version  bigint       not null default 0
);
create index nas_servers_ip_address_idx on nas_servers (ip_address);
create index nas_servers_is_active_idx on nas_servers (is_active);

create table service_plans (
    id                     bigint        primary key,
    name                   varchar(255)  not null,
    description            text,
    price                  numeric(15,2) not null,
    billing_cycle          varchar(16)   not null check (billing_cycle in ('monthly', 'yearly', 'custom')),
    download_speed         integer       not null,
    upload_speed           integer       not null,
    data_limit             integer,
    data_unit              varchar(16)   not null check (data_unit in ('GB', 'MB', 'unlimited')),
    concurrent_connections integer       not null default 1,
    is_active              boolean       not null default true,
    metadata               jsonb,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    aggregate_version      bigint        not null default 0
);
create index service_plans_is_active_idx on service_plans (is_active);
create index service_plans_price_idx on service_plans (price);

-- Phase 3: customers

create table customers (
    id                bigint       primary key,
    customer_code     varchar(32)  not null,
    name              varchar(255) not null,
    email             varchar(255),
    phone             varchar(32),
    address           varchar(500),
    city              varchar(100),
    province          varchar(100),
    postal_code       varchar(16),
    status            varchar(16)  not null check (status in ('active', 'suspended', 'terminated')),
    registration_date date         not null,
    notes             text,
    metadata          jsonb,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create unique index customers_customer_code_idx on customers (customer_code);
create index customers_email_idx on customers (email);
create index customers_status_idx on customers (status);

create table customer_subscriptions (
    id                 bigint        primary key,
    customer_id        bigint        not null,
    service_plan_id    bigint        not null,
    nas_server_id      bigint        not null,
    username           varchar(255)  not null,
    password_encrypted varchar(1024) not null,
    mikrotik_id        varchar(64),
    status             varchar(16)   not null
        check (status in ('pending', 'active', 'suspended', 'expired', 'terminated')),
    start_date         date          not null,
    end_date           date,
    price              numeric(15,2) not null,
    billing_cycle      varchar(16)   not null check (billing_cycle in ('monthly', 'yearly', 'custom')),
    mikrotik_config    jsonb,
    last_sync          timestamptz,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index customer_subscriptions_customer_id_idx on customer_subscriptions (customer_id);
create index customer_subscriptions_service_plan_id_idx on customer_subscriptions (service_plan_id);
create index customer_subscriptions_nas_server_id_idx on customer_subscriptions (nas_server_id);
create index customer_subscriptions_mikrotik_id_idx on customer_subscriptions (mikrotik_id);
create index customer_subscriptions_status_idx on customer_subscriptions (status);

create table customer_networks (
    id              bigint       primary key,
    customer_id     bigint       not null,
    subscription_id bigint       not null,
    ip_address      varchar(45),
    mac_address     varchar(17),
    interface       varchar(100),
    vlan_id         varchar(16),
    description     varchar(500),
    is_primary      boolean      not null default false,
    network_config  jsonb,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index customer_networks_ip_address_idx on customer_networks (ip_address);
create index customer_networks_mac_address_idx on customer_networks (mac_address);
create index customer_networks_subscription_id_idx on customer_networks (subscription_id);
create index customer_networks_customer_id_idx on customer_networks (customer_id);

-- Phase 4: billing

create table invoices (
    id              bigint        primary key,
    customer_id     bigint        not null,
    subscription_id bigint,
    invoice_number  varchar(32)   not null,
    amount          numeric(15,2) not null,
    tax             numeric(15,2) not null,
    total           numeric(15,2) not null,
    due_date        date          not null,
    status          varchar(16)   not null check (status in ('draft', 'sent', 'paid', 'overdue', 'cancelled')),
    payment_method  varchar(16)   check (payment_method in ('midtrans', 'tripay', 'manual')),
    payment_details jsonb,
    notes           text,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create unique index invoices_invoice_number_idx on invoices (invoice_number);
create index invoices_customer_id_idx on invoices (customer_id);
create index invoices_subscription_id_idx on invoices (subscription_id);
create index invoices_status_idx on invoices (status);
create index invoices_due_date_idx on invoices (due_date);

create table payments (
    id               bigint        primary key,
    invoice_id       bigint        not null,
    transaction_id   varchar(255),
    payment_gateway  varchar(16)   check (payment_gateway in ('midtrans', 'tripay', 'manual')),
    amount           numeric(15,2) not null,
    status           varchar(32)   not null,
    payment_method   varchar(64),
    gateway_response jsonb,
    reference_number varchar(255),
    paid_at          timestamptz,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index payments_transaction_id_idx on payments (transaction_id);
create index payments_invoice_id_idx on payments (invoice_id);
create index payments_payment_gateway_idx on payments (payment_gateway);
create index payments_status_idx on payments (status);

-- Phase 5: monitoring (time series, written in batches, not event-sourced)

create table monitoring_data (
    id              bigint        not null,
    nas_server_id   bigint        not null,
    subscription_id bigint,
    metric_type     varchar(64)   not null,
    value           numeric(20,4) not null,
    unit            varchar(32),
    additional_data jsonb,
    recorded_at     timestamptz   not null,
    created_at      timestamptz   not null default now(),
    primary key (id, recorded_at)
) partition by range (recorded_at);
create table monitoring_data_default partition of monitoring_data default;
create index monitoring_data_nas_server_id_idx on monitoring_data (nas_server_id, recorded_at);
create index monitoring_data_subscription_id_idx on monitoring_data (subscription_id, recorded_at);
create index monitoring_data_metric_type_idx on monitoring_data (metric_type);
create index monitoring_data_recorded_at_idx on monitoring_data (recorded_at);
select ensure_range_partitions('monitoring_data', interval '1 month', 'YYYYMM',
                               '2026-01-01 00:00:00+00', 24);

create table network_logs (
    id              bigint       not null,
    nas_server_id   bigint       not null,
    subscription_id bigint,
    log_type        varchar(16)  not null check (log_type in ('authentication', 'connection', 'error', 'system')),
    message         text         not null,
    source_ip       varchar(45),
    destination_ip  varchar(45),
    port            integer,
    additional_data jsonb,
    occurred_at     timestamptz  not null,
    created_at      timestamptz  not null default now(),
    primary key (id, occurred_at)
) partition by range (occurred_at);
create table network_logs_default partition of network_logs default;
create index network_logs_nas_server_id_idx on network_logs (nas_server_id, occurred_at);
create index network_logs_subscription_id_idx on network_logs (subscription_id, occurred_at);
create index network_logs_log_type_idx on network_logs (log_type);
create index network_logs_occurred_at_idx on network_logs (occurred_at);
select ensure_range_partitions('network_logs', interval '1 month', 'YYYYMM',
                               '2026-01-01 00:00:00+00', 24);

-- Phase 6: GenieACS integration

create table geniacs_integrations (
    id                bigint        primary key,
    endpoint_url      varchar(1000) not null,
    api_key_encrypted varchar(1024),
    api_version       varchar(32),
    is_active         boolean       not null default true,
    configuration     jsonb,
    last_sync         timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);
create index geniacs_integrations_is_active_idx on geniacs_integrations (is_active);

create table geniacs_data_sync (
    id             bigint       primary key,
    integration_id bigint       not null,
    sync_type      varchar(16)  not null check (sync_type in ('full', 'incremental', 'real-time')),
    entity_type    varchar(32)  not null,
    entity_id      varchar(255) not null,
    data           jsonb,
    status         varchar(16)  not null check (status in ('pending', 'success', 'failed')),
    error_message  text,
    synced_at      timestamptz,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create index geniacs_data_sync_integration_id_idx on geniacs_data_sync (integration_id);
create index geniacs_data_sync_sync_type_idx on geniacs_data_sync (sync_type);
create index geniacs_data_sync_entity_type_idx on geniacs_data_sync (entity_type, entity_id);
create index geniacs_data_sync_status_idx on geniacs_data_sync (status);

-- The audit projection's memory of each model's last known values, so that an event
-- carrying only new values still yields old_values.
create table audit_model_state (
    model_type varchar(100) not null,
    model_id   bigint       not null,
    state      jsonb        not null,
    primary key (model_type, model_id)
);
