-- A NAS's metric over a time range (GET /nas-servers/{id}/metrics) reads its own rows of one type only: the
-- NAS index (nas_server_id, recorded_at) would walk every subscriber's bytes on that router as well.
create index monitoring_data_nas_metric_idx on monitoring_data (nas_server_id, metric_type, recorded_at)
    where subscription_id is null;
