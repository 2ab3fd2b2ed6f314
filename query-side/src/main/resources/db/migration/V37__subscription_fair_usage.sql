-- Fair usage (#15): the billing period whose data limit the subscription reached and whose fair-usage terms
-- hold now; null while the plan's own terms hold. Projected from FairUsageApplied and FairUsageLifted.
alter table customer_subscriptions add column fair_usage_period date;
