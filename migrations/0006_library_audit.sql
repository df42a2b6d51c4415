-- Who changed the approved-material library, written in the transaction of each change (an item added, a new
-- version, an item retired). actor_id is an actor's id, or 'system' for the operator's own CLI and
-- `serve --ingest`, which act without an API key; so it has no foreign key, and the name is kept beside it.
CREATE TABLE library_audit (
  id bigserial PRIMARY KEY,
  item_id text NOT NULL REFERENCES library_items (id),
  item_version int NOT NULL,
  action text NOT NULL CHECK (action IN ('added', 'updated', 'retired')),
  actor_id text NOT NULL,
  actor_name text NOT NULL,
  collection text NOT NULL,
  origin text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX library_audit_item ON library_audit (item_id, id);

CREATE FUNCTION library_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'library_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER library_audit_no_update BEFORE UPDATE OR DELETE ON library_audit
  FOR EACH ROW EXECUTE FUNCTION library_audit_append_only();
CREATE TRIGGER library_audit_no_truncate BEFORE TRUNCATE ON library_audit
  FOR EACH STATEMENT EXECUTE FUNCTION library_audit_append_only();
