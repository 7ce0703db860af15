CREATE TABLE raw_documents (
    id          TEXT PRIMARY KEY,           -- SHA-256 of the bytes, hex
    source      TEXT NOT NULL,              -- file path, with :line for a JSON Lines record
    format      TEXT NOT NULL,
    charset     TEXT NOT NULL,
    bytes       BLOB NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE articles (
    id                 TEXT PRIMARY KEY,
    raw_id             TEXT NOT NULL REFERENCES raw_documents(id),
    source             TEXT NOT NULL,
    url                TEXT,
    title              TEXT NOT NULL,
    text               TEXT NOT NULL,
    published          TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_start    INTEGER,
    published_end      INTEGER,
    published_evidence TEXT,
    page_date          TEXT,
    outlet             TEXT,
    syndicated_from    TEXT,
    language           TEXT NOT NULL,
    duplicate_of       TEXT REFERENCES articles(id),
    text_hash          TEXT NOT NULL,
    stored_at          TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_text_hash ON articles(text_hash);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid',
                                             tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
