-- The auditor (issue #14): reads what staff read, and the history besides; changes nothing.
alter table users drop constraint if exists users_role_check;
alter table users add constraint users_role_check check (role in ('admin', 'staff', 'customer', 'auditor'));
