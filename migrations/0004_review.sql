-- Human review: earlier versions of edited drafts, the append-only audit trail, and the rules the database
-- itself enforces so that no code path (a bug, a script, a psql session) can bend a decision.

-- The text a draft had before each edit: an edit never loses what the reviewer or the author saw.
CREATE TABLE draft_versions (
  draft_id text NOT NULL REFERENCES drafts (id),
  version int NOT NULL,
  status text NOT NULL,
  content jsonb NOT NULL,
  body text NOT NULL,
  verdict jsonb NOT NULL,
  -- who made this version: the author for version 1, the editor for later ones
  made_by text NOT NULL REFERENCES actors (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (draft_id, version)
);

-- Who made the current version (NULL: the author, version 1). The four-eyes rule compares the approver to it.
ALTER TABLE drafts ADD COLUMN edited_by text REFERENCES actors (id);
-- An override of warn findings is part of the decision, so it is kept with it.
ALTER TABLE drafts ADD COLUMN override_reason text;
ALTER TABLE drafts ADD CONSTRAINT drafts_decision_reason_code CHECK (decision_reason_code IS NULL OR
  decision_reason_code IN ('absolute_term', 'unsupported_claim', 'missing_disclosure', 'pii', 'tone', 'factual_error',
    'other'));

-- Every state change, edit, override, promotion and rule acceptance, written in the transaction of the change.
CREATE TABLE review_audit (
  id bigserial PRIMARY KEY,
  -- NULL only for events that belong to no draft (an accepted rule proposal)
  draft_id text REFERENCES drafts (id),
  actor_id text NOT NULL REFERENCES actors (id),
  action text NOT NULL CHECK (action IN ('created', 'edited', 'approved', 'rejected', 'changes_requested',
    'warn_overridden', 'promoted', 'rule_accepted')),
  from_status text,
  to_status text,
  draft_version int,
  reason_code text,
  note text,
  detail jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_audit_draft ON review_audit (draft_id, id);
CREATE INDEX review_audit_action ON review_audit (action, at);

-- Append-only: history that can be rewritten is not evidence.
CREATE FUNCTION review_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'review_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER review_audit_no_update BEFORE UPDATE OR DELETE ON review_audit
  FOR EACH ROW EXECUTE FUNCTION review_audit_append_only();
CREATE TRIGGER review_audit_no_truncate BEFORE TRUNCATE ON review_audit
  FOR EACH STATEMENT EXECUTE FUNCTION review_audit_append_only();
CREATE FUNCTION draft_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'draft_versions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER draft_versions_no_update BEFORE UPDATE OR DELETE ON draft_versions
  FOR EACH ROW EXECUTE FUNCTION draft_versions_append_only();

-- The decision rules, again in the database: a decided draft never changes, an approval needs a second person
-- and a draft without a block finding, and an approval over warn findings carries its written reason.
CREATE FUNCTION drafts_guard_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('approved', 'rejected') THEN
      RAISE EXCEPTION 'draft % is %: decided drafts cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('approved', 'rejected') THEN
    RAISE EXCEPTION 'draft % is %: decided drafts are immutable', OLD.id, OLD.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status = 'approved' THEN
    IF OLD.status <> 'pending_review' THEN
      RAISE EXCEPTION 'draft %: only a draft pending review can be approved (it is %)', OLD.id, OLD.status
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.decided_by IS NULL OR NEW.decided_by = NEW.author_id OR NEW.decided_by = NEW.edited_by THEN
      RAISE EXCEPTION 'draft %: the author or last editor cannot approve it', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.verdict->>'verdict' = 'block' OR NEW.grounding->>'grounded' = 'false' THEN
      RAISE EXCEPTION 'draft %: a draft with a block finding cannot be approved', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.verdict->>'verdict' <> 'pass' AND coalesce(btrim(NEW.override_reason), '') = '' THEN
      RAISE EXCEPTION 'draft %: approving over warn findings needs a written reason', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF NEW.status = 'rejected' AND (NEW.decision_reason_code IS NULL OR NEW.decided_by IS NULL) THEN
    RAISE EXCEPTION 'draft %: a rejection needs a reason code and a reviewer', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER drafts_guard_review BEFORE UPDATE OR DELETE ON drafts
  FOR EACH ROW EXECUTE FUNCTION drafts_guard_review();

-- Every draft starts its audit trail when it is stored, whoever stores it (generator, plan, bulk job).
CREATE FUNCTION drafts_audit_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO review_audit (draft_id, actor_id, action, to_status, draft_version, detail)
  VALUES (NEW.id, NEW.author_id, 'created', NEW.status, NEW.version,
    jsonb_build_object('verdict', NEW.verdict->>'verdict', 'rule_pack_version', NEW.verdict->>'rule_pack_version'));
  RETURN NEW;
END;
$$;
CREATE TRIGGER drafts_audit_created AFTER INSERT ON drafts
  FOR EACH ROW EXECUTE FUNCTION drafts_audit_created();
