-- Which events touched which record (issue #14): a record's own events and those of other records
-- that name it (a payment on an invoice names its customer; a saga's router work names the
-- subscription). Its history and its state as of a moment are read through this index.
create table record_references (
    record_type    varchar(32) not null,
    record_id      bigint      not null,
    global_index   bigint      not null,
    primary key (record_type, record_id, global_index)
);
