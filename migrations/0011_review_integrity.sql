-- What a reviewer approves is exactly what was checked, and a second person approves it. The rules of
-- src/review (lifecycle.ts, review-findings.ts, four-eyes.ts), again in the database:
--   * a version's text, structure, citations and checks never change: an edit makes a new version, keeps the old
--     one in draft_versions and names its editor;
--   * nobody who wrote any version of a draft (or a reviewer whose key they minted) approves it or dismisses
--     its findings;
--   * a reviewer may dismiss a finding with a written reason; a draft is approvable when every block finding of
--     its current version is dismissed, and approving over open warnings still needs a written reason.

-- The id of a finding, as src/domain/finding-id.ts derives it when the engine gave none.
CREATE FUNCTION finding_id(p_source text, p_rule_id text, p_start int, p_end int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'fnd_' || left(encode(sha256(convert_to(
    concat_ws(chr(31), p_source, p_rule_id, p_start::text, p_end::text), 'UTF8')), 'hex'), 16)
$$;

-- Every finding of a version: the compliance engine's and the grounding check's, with their ids.
CREATE FUNCTION draft_findings(p_verdict jsonb, p_grounding jsonb)
RETURNS TABLE (id text, severity text, origin text) LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(nullif(f->>'id', ''),
      finding_id(f->>'source', f->>'rule_id', (f->>'start')::int, (f->>'end')::int)),
    f->>'severity', 'compliance'
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_verdict->'findings') = 'array'
    THEN p_verdict->'findings' ELSE '[]'::jsonb END) AS f
  UNION ALL
  SELECT coalesce(nullif(g->>'id', ''),
      finding_id('grounding', 'grounding.' || (g->>'kind'), (g->>'start')::int, (g->>'end')::int)),
    coalesce(g->>'severity', 'block'), 'grounding'
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_grounding->'findings') = 'array'
    THEN p_grounding->'findings' ELSE '[]'::jsonb END) AS g
$$;

-- Everyone who wrote a version of the draft: its author, the editor of the current version, every earlier editor.
CREATE FUNCTION draft_contributors(p_draft text, p_author text, p_editor text)
RETURNS TABLE (id text) LANGUAGE sql STABLE AS $$
  SELECT p_author
  UNION SELECT p_editor WHERE p_editor IS NOT NULL
  UNION SELECT v.made_by FROM draft_versions v WHERE v.draft_id = p_draft
$$;

-- True when the actor, or an actor up its chain of minters, wrote some version of the draft.
CREATE FUNCTION four_eyes_conflict(p_actor text, p_draft text, p_author text, p_editor text)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM actor_lineage(p_actor) l
    JOIN draft_contributors(p_draft, p_author, p_editor) c ON c.id = l.id
  )
$$;

-- A reviewer's written disagreement with one finding of one version. A new version is checked afresh, so its
-- findings start undismissed.
CREATE TABLE finding_dismissals (
  id bigserial PRIMARY KEY,
  draft_id text NOT NULL REFERENCES drafts (id),
  draft_version int NOT NULL,
  finding_id text NOT NULL,
  -- The finding as the reviewer saw it (rule, severity, span, excerpt): the learning report reads these.
  finding jsonb NOT NULL,
  reason text NOT NULL CHECK (length(btrim(reason)) >= 4),
  dismissed_by text NOT NULL REFERENCES actors (id),
  at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (draft_id, draft_version, finding_id)
);
CREATE INDEX finding_dismissals_rule ON finding_dismissals ((finding->>'rule_id'), at);

CREATE FUNCTION finding_dismissals_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d drafts%ROWTYPE;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'finding_dismissals is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT * INTO d FROM drafts WHERE drafts.id = NEW.draft_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no draft %', NEW.draft_id USING ERRCODE = 'check_violation';
  END IF;
  IF d.status NOT IN ('pending_review', 'blocked') THEN
    RAISE EXCEPTION 'draft % is %: findings are dismissed only while it is under review', d.id, d.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.draft_version <> d.version THEN
    RAISE EXCEPTION 'draft % is at version %: a dismissal names the current version', d.id, d.version
      USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = NEW.dismissed_by AND a.role IN ('reviewer', 'admin')) THEN
    RAISE EXCEPTION 'draft %: only a reviewer dismisses a finding', d.id USING ERRCODE = 'check_violation';
  END IF;
  IF four_eyes_conflict(NEW.dismissed_by, d.id, d.author_id, d.edited_by) THEN
    RAISE EXCEPTION 'draft %: its author, an editor of any version, or a reviewer they minted cannot dismiss its findings',
      d.id USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM draft_findings(d.verdict, d.grounding) f WHERE f.id = NEW.finding_id) THEN
    RAISE EXCEPTION 'draft %: no finding % on version %', d.id, NEW.finding_id, d.version
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER finding_dismissals_guard BEFORE INSERT OR UPDATE OR DELETE ON finding_dismissals
  FOR EACH ROW EXECUTE FUNCTION finding_dismissals_guard();
CREATE TRIGGER finding_dismissals_no_truncate BEFORE TRUNCATE ON finding_dismissals
  FOR EACH STATEMENT EXECUTE FUNCTION review_audit_append_only();

-- The verdict a reviewer acts on, as src/review/review-findings.ts (reviewState) computes it: 'block' while a
-- block finding is open (or a block no finding explains), 'needs_attention' while a warning is open, the engine
-- gave reasons instead of findings, or dismissed rule findings kept the model judge from reading the text.
CREATE FUNCTION draft_review_state(p_draft text, p_version int, p_verdict jsonb, p_grounding jsonb)
RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  findings jsonb := CASE WHEN jsonb_typeof(p_verdict->'findings') = 'array' THEN p_verdict->'findings' ELSE '[]'::jsonb END;
  reasons jsonb := CASE WHEN jsonb_typeof(p_verdict->'reasons') = 'array' THEN p_verdict->'reasons' ELSE '[]'::jsonb END;
  open_block int;
  open_other int;
  dismissed int;
BEGIN
  IF p_verdict->>'verdict' = 'block'
     AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(findings) f WHERE f->>'severity' = 'block') THEN
    RETURN 'block';
  END IF;
  IF p_grounding->>'grounded' = 'false' AND NOT EXISTS (
    SELECT 1 FROM draft_findings(p_verdict, p_grounding) g WHERE g.origin = 'grounding' AND g.severity = 'block'
  ) THEN
    RETURN 'block';
  END IF;
  SELECT count(*) FILTER (WHERE d.id IS NULL AND f.severity = 'block'),
    count(*) FILTER (WHERE d.id IS NULL AND f.severity IS DISTINCT FROM 'block'),
    count(*) FILTER (WHERE d.id IS NOT NULL)
  INTO open_block, open_other, dismissed
  FROM draft_findings(p_verdict, p_grounding) f
  LEFT JOIN finding_dismissals d
    ON d.draft_id = p_draft AND d.draft_version = p_version AND d.finding_id = f.id;
  IF open_block > 0 THEN
    RETURN 'block';
  END IF;
  IF open_other > 0
     OR (coalesce(p_verdict->>'verdict', '') <> 'pass'
       AND (jsonb_array_length(findings) = 0 OR jsonb_array_length(reasons) > 0))
     OR (dismissed > 0 AND coalesce(jsonb_typeof(p_verdict->'judge'), 'null') = 'null') THEN
    RETURN 'needs_attention';
  END IF;
  RETURN 'pass';
END;
$$;

CREATE OR REPLACE FUNCTION drafts_guard_review() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  state text;
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
  IF NEW.author_id IS DISTINCT FROM OLD.author_id THEN
    RAISE EXCEPTION 'draft %: its author never changes', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- A version is one text: changing it makes the next version, with the previous one kept and its editor named.
  IF NEW.version IS DISTINCT FROM OLD.version THEN
    IF NEW.version <> OLD.version + 1 OR NEW.edited_by IS NULL OR NOT EXISTS (
      SELECT 1 FROM draft_versions v WHERE v.draft_id = OLD.id AND v.version = OLD.version
    ) THEN
      RAISE EXCEPTION 'draft %: a new version needs its editor and the previous version kept', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
  ELSIF (NEW.body, NEW.content, NEW.citations, NEW.verdict, NEW.grounding, NEW.edited_by)
    IS DISTINCT FROM (OLD.body, OLD.content, OLD.citations, OLD.verdict, OLD.grounding, OLD.edited_by) THEN
    RAISE EXCEPTION 'draft %: version % is immutable; an edit makes a new version', OLD.id, OLD.version
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status = 'approved' THEN
    IF OLD.status <> 'pending_review' THEN
      RAISE EXCEPTION 'draft %: only a draft pending review can be approved (it is %)', OLD.id, OLD.status
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.version <> OLD.version THEN
      RAISE EXCEPTION 'draft %: an approval is of a version a reviewer read, never of a new one', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.decided_by IS NULL OR four_eyes_conflict(NEW.decided_by, OLD.id, NEW.author_id, NEW.edited_by) THEN
      RAISE EXCEPTION 'draft %: its author, an editor of any version, or a reviewer they minted cannot approve it',
        OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = NEW.decided_by AND a.role IN ('reviewer', 'admin')) THEN
      RAISE EXCEPTION 'draft %: only a reviewer approves', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    state := draft_review_state(OLD.id, NEW.version, NEW.verdict, NEW.grounding);
    IF state = 'block' THEN
      RAISE EXCEPTION 'draft %: a draft with an open block finding cannot be approved', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
    IF state <> 'pass' AND coalesce(btrim(NEW.override_reason), '') = '' THEN
      RAISE EXCEPTION 'draft %: approving over warn findings needs a written reason', OLD.id
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF OLD.status = 'blocked' AND NEW.status = 'pending_review' AND NEW.version = OLD.version
     AND draft_review_state(OLD.id, NEW.version, NEW.verdict, NEW.grounding) = 'block' THEN
    RAISE EXCEPTION 'draft %: a blocked draft returns to review only when every block finding is dismissed', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'rejected' AND (NEW.decision_reason_code IS NULL OR NEW.decided_by IS NULL) THEN
    RAISE EXCEPTION 'draft %: a rejection needs a reason code and a reviewer', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

-- A draft is born open: no INSERT writes an approved (or otherwise decided, or edited) draft past the rules above.
CREATE FUNCTION drafts_born_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status NOT IN ('pending_review', 'blocked') OR NEW.version <> 1 OR NEW.edited_by IS NOT NULL
     OR NEW.decided_by IS NOT NULL OR NEW.decided_at IS NOT NULL OR NEW.override_reason IS NOT NULL THEN
    RAISE EXCEPTION 'draft %: a new draft is version 1, pending review or blocked, and undecided', NEW.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER drafts_born_open BEFORE INSERT ON drafts FOR EACH ROW EXECUTE FUNCTION drafts_born_open();

-- Dismissals are audited like every other review action.
ALTER TABLE review_audit DROP CONSTRAINT review_audit_action_check;
ALTER TABLE review_audit ADD CONSTRAINT review_audit_action_check CHECK (action IN ('created', 'edited', 'approved',
  'rejected', 'changes_requested', 'warn_overridden', 'promoted', 'rule_accepted', 'finding_dismissed'));
