-- Keys that end: an optional expiry, who revoked a key, and which key replaced it on rotation.
ALTER TABLE api_keys ADD COLUMN expires_at timestamptz;
ALTER TABLE api_keys ADD COLUMN revoked_by text REFERENCES actors (id);
ALTER TABLE api_keys ADD COLUMN replaced_by text REFERENCES api_keys (id);
CREATE INDEX api_keys_actor ON api_keys (actor_id);

-- What admins (and the system, for the first admin and the CLI) did to keys and other administrative
-- resources: written in the transaction of the change, never updated.
CREATE TABLE admin_audit (
  id bigserial PRIMARY KEY,
  -- NULL when the system acted: the first start's admin key, `liangyan keys ...` with database access
  actor_id text REFERENCES actors (id),
  action text NOT NULL CHECK (action IN ('key_created', 'key_revoked', 'key_rotated', 'audit_exported')),
  subject_actor_id text REFERENCES actors (id),
  key_id text REFERENCES api_keys (id),
  detail jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX admin_audit_at ON admin_audit (at);
CREATE INDEX admin_audit_subject ON admin_audit (subject_actor_id, id);

CREATE FUNCTION admin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'admin_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER admin_audit_no_update BEFORE UPDATE OR DELETE ON admin_audit
  FOR EACH ROW EXECUTE FUNCTION admin_audit_append_only();
CREATE TRIGGER admin_audit_no_truncate BEFORE TRUNCATE ON admin_audit
  FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_append_only();

-- Failed authentications per client address and per key prefix, in fixed windows, shared by every process
-- on the database so a guesser cannot spread attempts across them.
CREATE TABLE auth_failures (
  scope text NOT NULL CHECK (scope IN ('address', 'prefix')),
  subject text NOT NULL,
  window_start timestamptz NOT NULL,
  failures int NOT NULL,
  PRIMARY KEY (scope, subject)
);
