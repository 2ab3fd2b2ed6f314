-- Gapless invoice numbers per month (docs/adr/0008): the counter row is incremented in the
-- transaction that appends the InvoiceIssued event, so a rolled-back issue gives its number
-- back, and concurrent issuers of one month queue on the row lock.
create table invoice_number_counters (
    period      char(6) primary key,
    last_number integer not null
);
