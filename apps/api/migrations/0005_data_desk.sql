-- The data desk in the browser: who holds each key, sessions the desk signs in with, and a folded
-- search column so the directory finds "Mường Khương" when someone types "muong khuong".

-- Who holds the key ("Phòng dữ liệu — Lan"), set when the administrator issues it, so the audit log
-- and the record histories say who changed what. NULL for keys issued before labels existed.
ALTER TABLE api_keys ADD COLUMN label TEXT CHECK (label IS NULL OR length(label) BETWEEN 1 AND 100);

-- A signed-in desk: the browser holds a random token in an HttpOnly cookie; only its SHA-256 (hex) is
-- kept here. A session acts with its key's rights and ends when its key is revoked (checked on every
-- request against api_keys), when signed out (the row is deleted), or after 12 hours without use
-- (`last_used_at`, moved forward by each request; see src/auth/session-auth.ts).
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY CHECK (length(token_hash) = 64 AND token_hash NOT GLOB '*[^0-9a-f]*'),
  key_id TEXT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_used_at TEXT NOT NULL
);

CREATE INDEX sessions_key ON sessions (key_id);
CREATE INDEX sessions_last_used ON sessions (last_used_at);

-- The organisation's name and slug without diacritics, lower case, words separated by one space
-- (@chitieu/domain's searchText), for `GET /v1/organizations?q=`. SQLite cannot fold Vietnamese
-- itself, so the Worker writes it with every name it writes. NULL means "not folded yet" (rows of
-- the seed and of older code): the list folds those before it searches, and the trigger below turns
-- a name changed by any other writer back into NULL, so a search never reads a stale fold.
ALTER TABLE organizations ADD COLUMN search_text TEXT;

CREATE INDEX organizations_unfolded ON organizations (id) WHERE search_text IS NULL;

CREATE TRIGGER organizations_search_text_stale AFTER UPDATE OF name, slug ON organizations
WHEN NEW.search_text IS OLD.search_text AND NEW.search_text IS NOT NULL
  AND (NEW.name IS NOT OLD.name OR NEW.slug IS NOT OLD.slug)
BEGIN
  UPDATE organizations SET search_text = NULL WHERE id = NEW.id;
END;

-- The directory's filters, each with the slug order its cursor pages in.
CREATE INDEX organizations_kind_slug ON organizations (kind, slug);
CREATE INDEX organizations_parent_slug ON organizations (parent_id, slug);
CREATE INDEX organizations_newsroom_slug ON organizations (newsroom_id, slug);

-- The histories look up who made a revision: the audit entries of one resource.
CREATE INDEX audit_log_resource ON audit_log (resource, revision);
