-- The directory search at national scale. `?q=` matches a substring of the folded names
-- (search_text, migration 0005), which no ordinary index can find, so with 3,400 organisations every
-- rare search read every row. Here each organisation's fold is cut into its three-character pieces
-- (trigrams): a fold holding the searched words holds each of their trigrams, so the organisations
-- listed under one trigram of the words include every match, and a search with a rare trigram tests
-- only those (src/db/organization-directory.ts). The substring test still decides what matches; the
-- trigrams only choose the rows it reads.
--
-- A plain table, not an FTS5 trigram index: D1 refuses to export a whole database as soon as it holds
-- a virtual table, and this one exports and restores like the other tables.
CREATE TABLE organization_trigrams (
  trigram TEXT NOT NULL,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  PRIMARY KEY (trigram, organization_id)
) WITHOUT ROWID;

CREATE INDEX organization_trigrams_organization ON organization_trigrams (organization_id);

-- Kept by the database itself, whoever writes the fold: the Worker folding a name, a rename turning
-- the fold back into NULL (0005's trigger), or rows inserted with their fold (the synthetic country).
CREATE TRIGGER organization_trigrams_inserted AFTER INSERT ON organizations
WHEN length(NEW.search_text) >= 3
BEGIN
  INSERT OR IGNORE INTO organization_trigrams (trigram, organization_id)
  SELECT substr(NEW.search_text, at.n, 3), NEW.id
  FROM (WITH RECURSIVE at (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM at WHERE n < length(NEW.search_text) - 2) SELECT n FROM at) at;
END;

CREATE TRIGGER organization_trigrams_refolded AFTER UPDATE OF search_text ON organizations
WHEN NEW.search_text IS NOT OLD.search_text
BEGIN
  DELETE FROM organization_trigrams WHERE organization_id = NEW.id;
  INSERT OR IGNORE INTO organization_trigrams (trigram, organization_id)
  SELECT substr(NEW.search_text, at.n, 3), NEW.id
  FROM (WITH RECURSIVE at (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM at WHERE n < length(NEW.search_text) - 2) SELECT n FROM at) at
  WHERE length(NEW.search_text) >= 3;
END;

-- The folds written before this migration.
INSERT OR IGNORE INTO organization_trigrams (trigram, organization_id)
SELECT substr(o.search_text, at.n, 3), o.id
FROM organizations o
JOIN (WITH RECURSIVE at (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM at WHERE n < (SELECT max(length(search_text)) FROM organizations) - 2) SELECT n FROM at) at
  ON at.n <= length(o.search_text) - 2;
