-- Billing read models beyond the design document (docs/adr/0008): the period an invoice
-- bills and its version (ETag); customers' credit from overpayments, one row per payment
-- that brought more than its invoice asked, reduced when that part is refunded.
alter table invoices
    add column period_start      date,
    add column period_end        date,
    add column aggregate_version bigint not null default 0;

create table customer_credits (
    payment_id  bigint        primary key,
    customer_id bigint        not null,
    invoice_id  bigint        not null,
    amount      numeric(15,2) not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create index customer_credits_customer_id_idx on customer_credits (customer_id);
