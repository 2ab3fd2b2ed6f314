-- Columns the core-domain read models need beyond the design document (docs/adr/0006).
--  * users.customer_id links a CUSTOMER account to the one customer it may read;
--  * aggregate_version backs the ETag of customers, subscriptions and profiles, as on
--    the other projected tables;
--  * the plan change a subscription has scheduled for its next period is shown until it
--    applies (the design document keeps only the current plan).
alter table users add column customer_id bigint;
create index users_customer_id_idx on users (customer_id);

alter table customers add column aggregate_version bigint not null default 0;
create index customers_city_idx on customers (city);

alter table customer_subscriptions
    add column aggregate_version        bigint not null default 0,
    add column scheduled_plan_id        bigint,
    add column scheduled_from           date;
