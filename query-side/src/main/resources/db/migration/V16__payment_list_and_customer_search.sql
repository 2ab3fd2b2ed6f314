-- GET /api/v1/payments (finance's daily reconciliation): payments of a range of days, in the
-- order they were paid (Pages adds id to every sort).
create index payments_paid_at_idx on payments (paid_at, id);
