-- The data desk's write path: newsrooms and their keys, which newsroom maintains each organisation,
-- every superseded revision of a record, soft deletion, the audit log, and counters of failed key
-- checks.
--
-- History: the live tables keep the current revision of each record; before a write changes a
-- record, the same batch copies it (with its sources, as JSON in the read's shape) into a
-- `*_revisions` table. So `?revision=N` reads the live row or its copy, the seed's revision 1
-- included, and nothing is ever erased: a DELETE sets `deleted_at` and is itself a revision.

-- A paper whose data desk writes figures. The seed's organisations belong to the article's paper.
CREATE TABLE newsrooms (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 100 AND slug NOT GLOB '*[^a-z0-9-]*'),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- id 1 is the newsroom of rows that predate ownership (the seed): organizations.newsroom_id defaults to it.
INSERT INTO newsrooms (id, slug, name) VALUES (1, 'bao-lao-cai', 'Báo Lào Cai');

-- A newsroom's key. Only the SHA-256 of the key is kept (hex); the key itself is shown once, when issued.
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY CHECK (length(id) = 16 AND id NOT GLOB '*[^0-9a-f]*'),
  newsroom_id INTEGER NOT NULL REFERENCES newsrooms (id) ON DELETE RESTRICT,
  key_hash TEXT NOT NULL CHECK (length(key_hash) = 64 AND key_hash NOT GLOB '*[^0-9a-f]*'),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE INDEX api_keys_newsroom ON api_keys (newsroom_id);

-- The newsroom that maintains the organisation: only its keys may change it or its figures.
-- SQLite cannot add a column with both REFERENCES and a non-NULL default, so the link is checked by
-- the write path, which only ever writes ids it has just read from newsrooms.
ALTER TABLE organizations ADD COLUMN newsroom_id INTEGER NOT NULL DEFAULT 1;

CREATE INDEX organizations_newsroom ON organizations (newsroom_id);

ALTER TABLE admission_records ADD COLUMN deleted_at TEXT;
ALTER TABLE cells ADD COLUMN deleted_at TEXT;

CREATE TABLE organization_revisions (
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  -- The domain's Organization (slugs for parent and successors), as JSON.
  record TEXT NOT NULL CHECK (json_valid(record)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (organization_id, revision)
);

CREATE TABLE admission_record_revisions (
  admission_record_id INTEGER NOT NULL REFERENCES admission_records (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  admitted INTEGER NOT NULL,
  target_min INTEGER,
  target_max INTEGER,
  breakdown TEXT NOT NULL,
  term_to_date_term TEXT,
  term_to_date_admitted INTEGER,
  total_members INTEGER,
  as_of TEXT NOT NULL,
  -- The record's sources at that revision, as the JSON array the read serves.
  sources TEXT NOT NULL CHECK (json_valid(sources)),
  -- 1 when this revision was the record's deletion.
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (admission_record_id, revision)
);

-- The revisions of all an organisation's censuses share one sequence, so `?revision=N` on the cells
-- read names one census version whatever its day.
CREATE TABLE cell_census_revisions (
  cell_census_id INTEGER NOT NULL REFERENCES cell_censuses (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  term TEXT,
  as_of TEXT NOT NULL,
  sources TEXT NOT NULL CHECK (json_valid(sources)),
  -- The census's cells at that revision, in order, as JSON.
  cells TEXT NOT NULL CHECK (json_valid(cells)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (cell_census_id, revision)
);

-- Who (a key id, or 'admin') changed what and when. Organisations are named by slug, which never changes.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  newsroom_id INTEGER REFERENCES newsrooms (id) ON DELETE RESTRICT,
  action TEXT NOT NULL,
  organization TEXT,
  resource TEXT NOT NULL,
  revision INTEGER,
  detail TEXT CHECK (detail IS NULL OR json_valid(detail))
);

CREATE INDEX audit_log_organization ON audit_log (organization, id);

-- Failed key checks per client and fixed window (see src/auth/rate-limits.ts for why D1 and not the
-- Workers rate-limiting binding). Old windows are deleted by the next failure.
CREATE TABLE auth_failures (
  client TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  failures INTEGER NOT NULL,
  PRIMARY KEY (client, window_start)
);

-- A write batch starts by inserting here whether the record is still at the revision it read; the
-- named CHECK aborts the whole batch when it is not (D1 has no interactive transactions), and the
-- batch ends by deleting the row. See src/db/write-guard.ts.
CREATE TABLE write_preconditions (
  held INTEGER NOT NULL CONSTRAINT stale_revision CHECK (held = 1)
);
