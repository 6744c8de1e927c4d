-- Two guards of the reads.
--
-- Text limits in the database itself. The API checks lengths after normalising text to NFC; these
-- triggers are the backstop, so no path (an import, a future route, a bug) can store a source, a
-- note or a name longer than the wire schemas allow. SQLite cannot add a CHECK to an existing table
-- without rebuilding it, so the checks are BEFORE triggers that abort the statement (and its batch)
-- with a message the API turns into a 422 naming the column: `text_too_long: <table>.<column>`.
-- length() counts characters, the API's schemas UTF-16 units, so the database never refuses what the
-- API accepts. Rows stored before these limits stay as they are and are still read.
--
-- Read generations: a counter per organisation (and one, scope '*', for what every organisation's
-- reads show of the others, such as a successor's name), raised by every write. The edge cache keys
-- every read by it, so one write retires all cached spellings, images and `?asOf=` variants at once.

CREATE TRIGGER sources_text_limits_insert BEFORE INSERT ON sources
WHEN length(NEW.publisher) > 200 OR length(NEW.title) > 500 OR length(NEW.url) > 2000
BEGIN
  SELECT RAISE(ABORT, 'text_too_long: sources.' || CASE
    WHEN length(NEW.publisher) > 200 THEN 'publisher'
    WHEN length(NEW.title) > 500 THEN 'title'
    ELSE 'url' END);
END;

CREATE TRIGGER sources_text_limits_update BEFORE UPDATE ON sources
WHEN length(NEW.publisher) > 200 OR length(NEW.title) > 500 OR length(NEW.url) > 2000
BEGIN
  SELECT RAISE(ABORT, 'text_too_long: sources.' || CASE
    WHEN length(NEW.publisher) > 200 THEN 'publisher'
    WHEN length(NEW.title) > 500 THEN 'title'
    ELSE 'url' END);
END;

CREATE TRIGGER admission_records_note_limit_insert BEFORE INSERT ON admission_records
WHEN EXISTS (SELECT 1 FROM json_each(NEW.breakdown) WHERE length(json_extract(value, '$.note')) > 500)
BEGIN
  SELECT RAISE(ABORT, 'text_too_long: admission_records.breakdown');
END;

CREATE TRIGGER admission_records_note_limit_update BEFORE UPDATE OF breakdown ON admission_records
WHEN EXISTS (SELECT 1 FROM json_each(NEW.breakdown) WHERE length(json_extract(value, '$.note')) > 500)
BEGIN
  SELECT RAISE(ABORT, 'text_too_long: admission_records.breakdown');
END;

CREATE TABLE read_generations (
  -- An organisation's slug, or '*' for every organisation.
  scope TEXT PRIMARY KEY,
  generation INTEGER NOT NULL CHECK (generation >= 1)
);
