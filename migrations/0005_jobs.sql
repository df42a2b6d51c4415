-- Bulk generation: a job is many generation requests (a matrix or a spreadsheet); each distinct request is one
-- job item, claimed by workers with SELECT ... FOR UPDATE SKIP LOCKED (the same SQL on PGlite and a server).
CREATE TABLE jobs (
  id text PRIMARY KEY,
  author_id text NOT NULL REFERENCES actors (id),
  name text,
  status text NOT NULL CHECK (status IN ('running', 'cancelled', 'completed')),
  -- { kind: "matrix", matrix } or { kind: "file", filename } or { kind: "rows" }
  source jsonb NOT NULL,
  -- Who generates: "composer" (offline) or "llm:<model>"; workers claim only jobs of the provider they serve.
  provider text NOT NULL,
  max_attempts int NOT NULL CHECK (max_attempts BETWEEN 1 AND 20),
  -- Rows submitted, rows skipped as invalid (with their errors), rows folded into an identical request.
  rows_total int NOT NULL,
  rows_skipped jsonb NOT NULL DEFAULT '[]',
  rows_deduplicated int NOT NULL DEFAULT 0,
  items_total int NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX jobs_author ON jobs (author_id, created_at);
CREATE INDEX jobs_running ON jobs (provider) WHERE status = 'running';

CREATE TABLE job_items (
  id bigserial PRIMARY KEY,
  job_id text NOT NULL REFERENCES jobs (id),
  -- Where the request came from: the sheet row numbers (header = row 1) or matrix indexes of identical rows.
  source_rows int[] NOT NULL,
  -- job id + hash of the validated request: the idempotency key the drafts carry (drafts.job_item_key).
  item_key text NOT NULL UNIQUE,
  request_hash text NOT NULL,
  request jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  attempts int NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- The lease: a worker that dies leaves its items to be re-claimed once locked_until has passed.
  locked_by text,
  locked_until timestamptz,
  last_error text,
  draft_ids text[] NOT NULL DEFAULT '{}',
  started_at timestamptz,
  finished_at timestamptz,
  UNIQUE (job_id, request_hash)
);
CREATE INDEX job_items_job_status ON job_items (job_id, status);
CREATE INDEX job_items_ready ON job_items (next_attempt_at, id) WHERE status = 'queued';
CREATE INDEX job_items_leased ON job_items (locked_until) WHERE status = 'running';
CREATE INDEX job_items_finished ON job_items (job_id, finished_at) WHERE finished_at IS NOT NULL;
