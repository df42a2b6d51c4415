-- Plans belong to the rep until they submit them: a new plan is a draft (nothing of it is in the reviewers'
-- queue, and no decision can land on its items), submitting it is one-way, and every submission, regenerated
-- slot and batch decision is recorded in an append-only log of plan events.

-- Plans made before this migration were already in the queue: they count as submitted.
ALTER TABLE plans ADD COLUMN status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('draft', 'submitted'));
ALTER TABLE plans ALTER COLUMN status SET DEFAULT 'draft';
ALTER TABLE plans ADD COLUMN submitted_at timestamptz;
ALTER TABLE plans ADD COLUMN submitted_by text REFERENCES actors (id);
UPDATE plans SET submitted_at = created_at, submitted_by = author_id WHERE status = 'submitted';
CREATE INDEX plans_author_listing ON plans (author_id, created_at, id);
CREATE INDEX plans_status_listing ON plans (status, created_at, id);

CREATE FUNCTION plans_guard_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'submitted' AND NEW.status <> 'submitted' THEN
    RAISE EXCEPTION 'plan % is submitted: a submission cannot be taken back', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'submitted' AND OLD.status = 'draft' AND (NEW.submitted_at IS NULL OR NEW.submitted_by IS NULL) THEN
    RAISE EXCEPTION 'plan %: a submission names who submitted it and when', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER plans_guard_status BEFORE UPDATE ON plans
  FOR EACH ROW EXECUTE FUNCTION plans_guard_status();

-- The items of a plan its author has not submitted are the author's work in progress: nobody decides them.
CREATE FUNCTION drafts_guard_unsubmitted_plan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.plan_id IS NOT NULL AND NEW.status IS DISTINCT FROM OLD.status
    AND NEW.status IN ('approved', 'rejected', 'changes_requested')
    AND EXISTS (SELECT 1 FROM plans p WHERE p.id = NEW.plan_id AND p.status = 'draft') THEN
    RAISE EXCEPTION 'draft % belongs to plan %, which its author has not submitted for review', OLD.id, NEW.plan_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER drafts_guard_unsubmitted_plan BEFORE UPDATE ON drafts
  FOR EACH ROW EXECUTE FUNCTION drafts_guard_unsubmitted_plan();

CREATE TABLE plan_events (
  id bigserial PRIMARY KEY,
  plan_id text NOT NULL REFERENCES plans (id),
  actor_id text NOT NULL REFERENCES actors (id),
  action text NOT NULL CHECK (action IN ('submitted', 'slot_regenerated', 'batch_decided')),
  detail jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_events_plan ON plan_events (plan_id, id);

CREATE FUNCTION plan_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'plan_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER plan_events_no_update BEFORE UPDATE OR DELETE ON plan_events
  FOR EACH ROW EXECUTE FUNCTION plan_events_append_only();
CREATE TRIGGER plan_events_no_truncate BEFORE TRUNCATE ON plan_events
  FOR EACH STATEMENT EXECUTE FUNCTION plan_events_append_only();
