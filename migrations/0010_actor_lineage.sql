-- Who minted each actor's key. Four eyes compares people, and an admin who mints a reviewer key for themselves
-- is still one person: a reviewer minted by someone who wrote a draft (directly, or through an admin they
-- minted) does not approve it. NULL: made outside the API (the first admin at start, `liangyan keys create`).
ALTER TABLE actors ADD COLUMN created_by text REFERENCES actors (id);

-- The chain never changes once written: rewriting it would launder a reviewer.
CREATE FUNCTION actors_lineage_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
    RAISE EXCEPTION 'actor %: who minted it never changes', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER actors_lineage_fixed BEFORE UPDATE ON actors
  FOR EACH ROW EXECUTE FUNCTION actors_lineage_fixed();

-- The actor itself and every actor up its chain of minters, nearest first.
CREATE FUNCTION actor_lineage(actor text) RETURNS TABLE (id text, depth int) LANGUAGE sql STABLE AS $$
  WITH RECURSIVE chain (id, created_by, depth) AS (
    SELECT a.id, a.created_by, 0 FROM actors a WHERE a.id = actor
    UNION
    SELECT p.id, p.created_by, c.depth + 1 FROM actors p JOIN chain c ON p.id = c.created_by WHERE c.depth < 64
  )
  SELECT chain.id, chain.depth FROM chain
$$;
