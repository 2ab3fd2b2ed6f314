-- Billing runs are event-sourced (docs/adr/0011): billing_runs is now the projection of each run's events,
-- rebuilt on replay. after_id is the walk's cursor: every active subscription up to it has been dealt with.
alter table billing_runs add column after_id bigint not null default 0;

-- Runs of the earlier kind were carried out in a thread and have no events: one cut short by a restart can
-- never go on, so it is closed here rather than left running for ever.
update billing_runs
   set status = 'failed', finished_at = now(),
       last_error = coalesce(last_error, 'cut short by a restart before billing runs could resume')
 where status = 'running';
