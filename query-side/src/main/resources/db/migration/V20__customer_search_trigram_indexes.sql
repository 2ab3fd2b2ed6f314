-- GET /api/v1/customers?q= looks for each word anywhere in the name, code, email or phone
-- (LIKE '%word%', CustomerFilter). No b-tree serves a pattern with a leading wildcard, so every
-- search read the whole table. Trigram indexes serve it. Each one is on the very expression
-- the query compares (lower(name), not name): the planner matches expressions, not columns.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: a user with CREATE on
-- the database may create it without being a superuser.
create extension if not exists pg_trgm;

-- fastupdate off: new entries go straight into the index instead of a pending list that every
-- search would scan until a vacuum merged it. Customers are searched far more often than added.
create index customers_name_trgm_idx on customers using gin (lower(name) gin_trgm_ops)
    with (fastupdate = off);
create index customers_customer_code_trgm_idx on customers using gin (lower(customer_code) gin_trgm_ops)
    with (fastupdate = off);
create index customers_email_trgm_idx on customers using gin (lower(email) gin_trgm_ops)
    with (fastupdate = off);
create index customers_phone_trgm_idx on customers using gin (phone gin_trgm_ops)
    with (fastupdate = off);
