-- The user's version at its last deactivation: a token issued before it stays ended after the
-- account is reactivated (the token carries the value it was issued under). Accounts deactivated
-- before this column existed take it from their events. The event store's table comes from the
-- app's V1; query-side's own tests migrate the read models without it (or with a stand-in of
-- its own), with no users to fill.
alter table users add column last_deactivation_version bigint;

do $$
begin
    if exists (select 1 from information_schema.columns
               where table_name = 'domain_event_entry' and column_name = 'sequence_number') then
        update users set last_deactivation_version = (
            select max(e.sequence_number) from domain_event_entry e
            where e.aggregate_identifier = users.id::text
              and e.payload_type = 'io.netledger.api.user.UserDeactivated');
    end if;
end
$$;
