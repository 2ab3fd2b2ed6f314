-- Why each subject was erased, beside when: the erasure ledger outside the database is written again from
-- this table when a line was lost, and re-applying an erasure after a restore states its reason again.
alter table erased_subjects add column reason text;
