-- The triage order of the review queue: how risky a draft's current version is, kept by the database itself
-- (a stored generated column, so it follows every edit) and indexed with the age order for keyset paging.
--   2: blocked, a block verdict, or a number or benefit no source backs;
--   1: anything short of a clean pass (warn findings, a judge that could not answer);
--   0: a clean pass.
ALTER TABLE drafts ADD COLUMN risk smallint GENERATED ALWAYS AS (
  CASE
    WHEN status = 'blocked' OR verdict->>'verdict' = 'block' OR grounding->>'grounded' = 'false' THEN 2
    WHEN verdict->>'verdict' <> 'pass'
      OR (jsonb_typeof(verdict->'findings') = 'array' AND jsonb_array_length(verdict->'findings') > 0)
      OR (jsonb_typeof(grounding->'findings') = 'array' AND jsonb_array_length(grounding->'findings') > 0) THEN 1
    ELSE 0
  END
) STORED;
CREATE INDEX drafts_triage ON drafts (status, risk DESC, created_at, id);
CREATE INDEX drafts_age ON drafts (created_at, id);
