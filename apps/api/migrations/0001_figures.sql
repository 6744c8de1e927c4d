-- Organisations, sources, admission records and cell censuses: the figures the embeds read.
--
-- Every record carries `revision` (1 on insert, incremented by each write) and `created_at` /
-- `updated_at` in UTC ISO 8601, so the write path can add If-Match checks and history tables without
-- reshaping these ones. Public identifiers are slugs and period keys; integer ids stay internal.
-- Enumerations (kinds, committee statuses) are the domain's and are checked by its schemas at every
-- boundary, not here: a CHECK list would need a table rebuild each time the domain adds a value.

CREATE TABLE organizations (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 100 AND slug NOT GLOB '*[^a-z0-9-]*'),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind TEXT NOT NULL,
  parent_id INTEGER REFERENCES organizations (id) ON DELETE RESTRICT,
  -- First and last day the organisation existed in this form; NULL when the source does not say / still exists.
  valid_from TEXT CHECK (valid_from IS NULL OR date(valid_from) = valid_from),
  valid_to TEXT CHECK (valid_to IS NULL OR date(valid_to) = valid_to),
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

CREATE INDEX organizations_parent ON organizations (parent_id);

-- Organisations that took over after one closed (a merger can have several), in the source's order.
CREATE TABLE organization_successors (
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  successor_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  PRIMARY KEY (organization_id, successor_id),
  CHECK (organization_id <> successor_id)
);

CREATE INDEX organization_successors_successor ON organization_successors (successor_id);

-- A published source. `fingerprint` is the canonical JSON of its four fields, so the same article
-- cited by several records is stored once (NULLs would defeat a plain UNIQUE over the columns).
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  publisher TEXT,
  title TEXT,
  url TEXT,
  published_on TEXT CHECK (published_on IS NULL OR date(published_on) = published_on),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (publisher IS NOT NULL OR url IS NOT NULL)
);

-- Members admitted by an organisation in a period (a year `2024` or a term `2020-2025`).
CREATE TABLE admission_records (
  id INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  admitted INTEGER NOT NULL CHECK (admitted >= 0),
  -- Both NULL when the source states no target; a single target has min = max.
  target_min INTEGER CHECK (target_min >= 0),
  target_max INTEGER CHECK (target_max >= 0),
  -- The domain's Breakdown object, as JSON.
  breakdown TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(breakdown) AND json_type(breakdown) = 'object'),
  -- Admitted since the start of a term (lũy kế từ đầu nhiệm kỳ); both NULL when unknown.
  term_to_date_term TEXT,
  term_to_date_admitted INTEGER CHECK (term_to_date_admitted >= 0),
  total_members INTEGER CHECK (total_members >= 0),
  as_of TEXT NOT NULL CHECK (date(as_of) = as_of),
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (organization_id, period),
  CHECK ((target_min IS NULL) = (target_max IS NULL) AND (target_min IS NULL OR target_min <= target_max)),
  CHECK ((term_to_date_term IS NULL) = (term_to_date_admitted IS NULL))
);

CREATE TABLE admission_record_sources (
  admission_record_id INTEGER NOT NULL REFERENCES admission_records (id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  PRIMARY KEY (admission_record_id, source_id)
);

CREATE INDEX admission_record_sources_source ON admission_record_sources (source_id);

-- The organisation's cells and their committee status as a source states them on one day.
-- Reads pick the latest census on or before the requested date.
CREATE TABLE cell_censuses (
  id INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  -- The term the committee statuses refer to, e.g. 2020-2025; NULL when the source does not say.
  term TEXT,
  as_of TEXT NOT NULL CHECK (date(as_of) = as_of),
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (organization_id, as_of)
);

CREATE TABLE cells (
  id INTEGER PRIMARY KEY,
  census_id INTEGER NOT NULL REFERENCES cell_censuses (id) ON DELETE CASCADE,
  slug TEXT NOT NULL CHECK (length(slug) BETWEEN 1 AND 100 AND slug NOT GLOB '*[^a-z0-9-]*'),
  -- NULL when the source does not name the cell; never an invented name.
  name TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 200),
  kind TEXT NOT NULL,
  committee TEXT NOT NULL,
  committee_formed_on TEXT CHECK (committee_formed_on IS NULL OR (date(committee_formed_on) = committee_formed_on AND committee = 'formed')),
  full_members INTEGER CHECK (full_members >= 0),
  -- Order in which the source lists the cells.
  position INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (census_id, slug)
);

CREATE TABLE cell_census_sources (
  cell_census_id INTEGER NOT NULL REFERENCES cell_censuses (id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  PRIMARY KEY (cell_census_id, source_id)
);

CREATE INDEX cell_census_sources_source ON cell_census_sources (source_id);
