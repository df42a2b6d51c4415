-- Drafts and their review: every generated text is a draft that waits for a human decision.
CREATE TABLE plans (
  id text PRIMARY KEY,
  author_id text NOT NULL REFERENCES actors (id),
  request jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE drafts (
  id text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('pending_review', 'approved', 'rejected', 'changes_requested', 'blocked')),
  channel text NOT NULL,
  industry text NOT NULL,
  stage text NOT NULL,
  tier text NOT NULL,
  scenario text,
  message_type text,
  product text,
  author_id text NOT NULL REFERENCES actors (id),
  plan_id text REFERENCES plans (id),
  plan_day int,
  plan_slot text,
  job_id text,
  -- Idempotency for bulk jobs: a retried job item never makes a second draft.
  job_item_key text UNIQUE,
  version int NOT NULL DEFAULT 1,
  request jsonb NOT NULL,
  -- The channel's structured content (a moments post, a group message, an outbound script ...).
  content jsonb NOT NULL,
  -- The flat text the checks ran on and a reviewer reads.
  body text NOT NULL,
  -- [{ item_id, item_version, claim }]: which approved item backs which sentence or claim.
  citations jsonb NOT NULL DEFAULT '[]',
  -- Snapshot of the retrieved items (id, version, title, text, source) as they were when generated.
  sources jsonb NOT NULL DEFAULT '[]',
  verdict jsonb NOT NULL,
  grounding jsonb NOT NULL DEFAULT '{}',
  -- { kind: "llm" | "composer", name, model, prompt_version, ai_generated: true, ai_label: bool }
  generator jsonb NOT NULL,
  prompt text,
  usage jsonb,
  timings jsonb,
  -- Every pipeline step (retrieve, generate, check, repair ...) with its outcome.
  steps jsonb NOT NULL DEFAULT '[]',
  decided_by text REFERENCES actors (id),
  decided_at timestamptz,
  decision_reason_code text,
  decision_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX drafts_queue ON drafts (status, industry, channel, created_at);
CREATE INDEX drafts_author ON drafts (author_id, created_at);
CREATE INDEX drafts_plan ON drafts (plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX drafts_job ON drafts (job_id) WHERE job_id IS NOT NULL;
