-- The order drafts arrived in, as a number the database hands out on insert. created_at alone could not say it:
-- PGlite's clock counts milliseconds, so drafts stored within one millisecond shared a created_at and their
-- random ids decided which came "first" (the queue's oldest-first and newest-first orders flickered).
-- created_at stays the first key (it is what a reviewer sees); arrival breaks its ties.
ALTER TABLE drafts ADD COLUMN arrival serial;
DROP INDEX drafts_triage;
DROP INDEX drafts_age;
CREATE INDEX drafts_triage ON drafts (status, risk DESC, created_at, arrival);
CREATE INDEX drafts_age ON drafts (created_at, arrival);
