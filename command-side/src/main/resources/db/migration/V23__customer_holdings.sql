-- Which subscriptions and invoices are each customer's, for the command side (CustomerHoldings): filled
-- from the events stored before it was kept, whose customer ids are not personal data and so in clear.
insert into unique_claims (scope, claimed_value, owner_id)
select 'customer.subscription',
       (convert_from(payload, 'UTF8')::jsonb ->> 'customerId') || ':' || aggregate_identifier,
       aggregate_identifier::bigint
from domain_event_entry
where payload_type = 'io.netledger.api.subscription.SubscriptionCreated'
on conflict do nothing;

insert into unique_claims (scope, claimed_value, owner_id)
select 'customer.invoice',
       (convert_from(payload, 'UTF8')::jsonb ->> 'customerId') || ':' || aggregate_identifier,
       aggregate_identifier::bigint
from domain_event_entry
where payload_type = 'io.netledger.api.invoice.InvoiceIssued'
on conflict do nothing;
