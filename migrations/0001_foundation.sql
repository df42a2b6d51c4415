-- Foundation: actors and their API keys, the approved-material library, its versions and its search chunks.
CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE actors (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('ops', 'sales', 'reviewer', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Keys are stored as SHA-256 of a 256-bit random secret: shown once, never recoverable.
CREATE TABLE api_keys (
  id text PRIMARY KEY,
  actor_id text NOT NULL REFERENCES actors (id),
  key_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE library_items (
  id text PRIMARY KEY,
  kind text NOT NULL,
  industry text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  product text,
  stages text[] NOT NULL DEFAULT '{}',
  tiers text[] NOT NULL DEFAULT '{}',
  channels text[] NOT NULL DEFAULT '{}',
  scenarios text[] NOT NULL DEFAULT '{}',
  message_types text[] NOT NULL DEFAULT '{}',
  tags text[] NOT NULL DEFAULT '{}',
  notice_type text,
  benefit_type text,
  valid_from date,
  valid_until date,
  source text NOT NULL,
  approved_by text NOT NULL,
  content_hash text NOT NULL,
  version int NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  -- Where the item came from: a folder ingested as a whole ("files:<dir>") or the API ("api"). A folder
  -- ingest retires only the items of its own collection that are gone.
  collection text NOT NULL,
  origin text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);
CREATE INDEX library_items_industry ON library_items (industry, status);
CREATE INDEX library_items_collection ON library_items (collection, status);

CREATE TABLE library_item_versions (
  item_id text NOT NULL REFERENCES library_items (id),
  version int NOT NULL,
  content_hash text NOT NULL,
  data jsonb NOT NULL,
  origin text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, version)
);

-- Search units, derived from items (rebuilt when an item changes). The filter columns are copied from the
-- item so a filtered vector query touches one table. The vector has no declared dimension: the embedder
-- decides it, and the ANN index is built by code over embedding::vector(N) for the embedder in use.
CREATE TABLE library_chunks (
  id bigserial PRIMARY KEY,
  item_id text NOT NULL REFERENCES library_items (id),
  item_version int NOT NULL,
  ord int NOT NULL,
  body text NOT NULL,
  kind text NOT NULL,
  industry text NOT NULL,
  stages text[] NOT NULL,
  tiers text[] NOT NULL,
  channels text[] NOT NULL,
  scenarios text[] NOT NULL,
  valid_from date,
  valid_until date,
  active boolean NOT NULL DEFAULT true,
  keywords text[] NOT NULL,
  embedder text NOT NULL,
  embedding vector NOT NULL,
  UNIQUE (item_id, ord)
);
CREATE INDEX library_chunks_filter ON library_chunks (industry, kind) WHERE active;
CREATE INDEX library_chunks_keywords ON library_chunks USING gin (keywords);

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
