-- The last reconciliation of each NAS (GET /api/v1/nas-servers/{id}/drift): what disagreed
-- between its router and the books. Every run is also in audit_logs (action reconcile).
create table router_drift (
    nas_id            bigint       primary key,
    checked_at        timestamptz  not null,
    accounts_checked  integer      not null,
    repairing         boolean      not null,
    drifts            jsonb        not null
);
