-- Library items say who they are for and how a frame slots facts in (docs/library-format.md): audience
-- (customer text or guidance for writers), customers (new / existing; empty = both), a frame's tone, openings
-- and the offers its {{benefit}} accepts, and the clause an offer or a product fact fills a slot with. The
-- chunk table copies audience and customers so the hard filters stay on one table.
ALTER TABLE library_items
  ADD COLUMN audience text NOT NULL DEFAULT 'customer' CHECK (audience IN ('customer', 'guidance')),
  ADD COLUMN customers text[] NOT NULL DEFAULT '{}',
  ADD COLUMN tone text,
  ADD COLUMN clause text,
  ADD COLUMN openings text[] NOT NULL DEFAULT '{}',
  ADD COLUMN benefit_types text[] NOT NULL DEFAULT '{}';

ALTER TABLE library_chunks
  ADD COLUMN audience text NOT NULL DEFAULT 'customer',
  ADD COLUMN customers text[] NOT NULL DEFAULT '{}',
  ADD COLUMN message_types text[] NOT NULL DEFAULT '{}';

-- Items stored before this migration already hold these fields in their version data (the content hash covers
-- them, so a re-ingest would see them unchanged and never write them): copy them over.
UPDATE library_items i SET
  audience = COALESCE(v.data ->> 'audience', 'customer'),
  customers = COALESCE(ARRAY(SELECT jsonb_array_elements_text(v.data -> 'customers')), '{}'),
  tone = v.data ->> 'tone',
  clause = v.data ->> 'clause',
  openings = COALESCE(ARRAY(SELECT jsonb_array_elements_text(v.data -> 'openings')), '{}'),
  benefit_types = COALESCE(ARRAY(SELECT jsonb_array_elements_text(v.data -> 'benefit_types')), '{}')
FROM library_item_versions v
WHERE v.item_id = i.id AND v.version = i.version;

UPDATE library_chunks c SET audience = i.audience, customers = i.customers, message_types = i.message_types
FROM library_items i WHERE i.id = c.item_id;

CREATE INDEX library_chunks_audience ON library_chunks (industry, audience) WHERE active;
