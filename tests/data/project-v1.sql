-- A project as Demarche's first project format (schema version 1) wrote it.
-- project-v1.demarche is made from this file with:
--   sqlite3 project-v1.demarche < project-v1.sql
-- and both are kept, so that migrations are always tested against real old bytes.
PRAGMA application_id = 1145918019;
CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT,
        language TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        kind TEXT NOT NULL DEFAULT 'state'
            CHECK (kind IN ('state', 'organisation', 'person', 'faction')),
        parent_id INTEGER REFERENCES actors(id) ON DELETE SET NULL);
CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        color TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT '[]',
        parent_id INTEGER REFERENCES topics(id) ON DELETE SET NULL);
CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL,
        quote TEXT NOT NULL,
        holder_id INTEGER NOT NULL REFERENCES actors(id),
        target_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
        topic_id INTEGER NOT NULL REFERENCES topics(id),
        stance TEXT NOT NULL,
        position INTEGER CHECK (position BETWEEN -100 AND 100),
        salience INTEGER NOT NULL DEFAULT 3 CHECK (salience BETWEEN 1 AND 5),
        attribution TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        analyst TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_offset > start_offset));
CREATE INDEX claims_by_document ON claims(document_id, start_offset);
CREATE INDEX claims_by_holder ON claims(holder_id);
CREATE INDEX claims_by_topic ON claims(topic_id);

INSERT INTO topics (id, name, name_key, color, keywords) VALUES
  (1, 'Ukraine', 'ukraine', '#4e79a7', '["Ukraine","Kyiv","Kiev","Crimea","Donbas"]'),
  (2, 'Syria', 'syria', '#59a14f', '["Syria","Damascus"]'),
  (3, 'Iran', 'iran', '#e15759', '["Iran","Tehran"]');
INSERT INTO actors (id, name, name_key, color, aliases, kind, parent_id) VALUES
  (1, 'Russia', 'russia', '#e15759', '["Moscow","the Kremlin"]', 'state', NULL),
  (2, 'United States', 'united states', '#4e79a7', '["Washington"]', 'state', NULL),
  (3, 'Lavrov', 'lavrov', '#f28e2b', '[]', 'person', 1);
INSERT INTO documents (id, title, source, url, published, file_name, format, text, content_hash, imported_at) VALUES
  (1, 'Ministers meet in Antalya', 'Wire', 'https://example.org/antalya', '2024-03-02',
   'antalya.txt', 'txt',
   'Lavrov said Moscow insists on security guarantees. Washington asked for flexibility on Kyiv.',
   'c0d3b5121172c168b2489989ab5cab4e8152edcfa7b066ee14693ad4bde50b3a', '2024-03-03T10:00:00.000Z');
INSERT INTO claims (id, document_id, start_offset, end_offset, quote, holder_id, target_id, topic_id,
                    stance, position, salience, attribution, note, analyst, created_at, updated_at) VALUES
  (1, 1, 12, 49, 'Moscow insists on security guarantees', 3, 2, 1, 'demand', -60, 4, 'reported',
   '', 'analyst1', '2024-03-03T10:05:00.000Z', '2024-03-03T10:05:00.000Z'),
  (2, 1, 51, 91, 'Washington asked for flexibility on Kyiv', 2, 1, 1, 'demand', 40, 3, 'paraphrase',
   'tone: frustrated', 'analyst1', '2024-03-03T10:06:00.000Z', '2024-03-03T10:06:00.000Z');
PRAGMA user_version = 1;
