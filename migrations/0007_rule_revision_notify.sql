-- Every process keeps its compiled rule pack at the latest revision: a new revision (a term added or retired)
-- is announced on commit to every process listening on the same database (see followRuleRevisions).
CREATE FUNCTION compliance_rule_revisions_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('liangyan_rule_revisions', NEW.revision::text);
  RETURN NULL;
END;
$$;
CREATE TRIGGER compliance_rule_revisions_notify AFTER INSERT ON compliance_rule_revisions
  FOR EACH ROW EXECUTE FUNCTION compliance_rule_revisions_notify();
