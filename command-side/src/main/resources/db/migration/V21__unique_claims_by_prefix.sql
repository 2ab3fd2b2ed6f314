-- The claims of one scope that begin alike (a subscription's invoiced periods, "<subscription id>/<period start>"),
-- found by a range in byte order: under the database's collation the primary key may not keep them together.
create index unique_claims_prefix_idx on unique_claims (scope, claimed_value collate "C");
