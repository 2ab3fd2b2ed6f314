-- geniacs_integrations backs an ETag like every other aggregate's table (ADR 0004). The header the NBI's proxy
-- reads the key from is kept in configuration as "keyHeader", as nas_servers keeps "tls".
alter table geniacs_integrations add column aggregate_version bigint not null default 0;
