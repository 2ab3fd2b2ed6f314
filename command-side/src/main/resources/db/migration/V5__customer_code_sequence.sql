-- Customer codes are numbered from a sequence: no two registrations can draw the same
-- number, and a gap left by a rejected registration is harmless (codes need not be gapless,
-- unlike invoice numbers).
create sequence customer_code_seq;
