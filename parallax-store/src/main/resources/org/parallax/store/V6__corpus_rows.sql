-- The corpus stage's state as rows, so that adding articles writes rows for what changed only: one row per
-- placed article (its signature for copies, its original, its independence group and story position), one
-- per term (document frequency and surface word), one per story and per storyline (centroids). The single
-- blob of earlier versions is moved to these rows the first time the store is read.
CREATE TABLE corpus_docs (
    position  INTEGER PRIMARY KEY,
    article   TEXT NOT NULL UNIQUE,
    signature BLOB NOT NULL,
    shingles  INTEGER NOT NULL,
    root      TEXT NOT NULL,
    origin    TEXT NOT NULL,
    story     INTEGER NOT NULL
);
CREATE TABLE corpus_terms (
    term      TEXT PRIMARY KEY,
    documents INTEGER NOT NULL,
    surface   TEXT
) WITHOUT ROWID;
CREATE TABLE corpus_stories (
    position  INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    title     TEXT NOT NULL,
    centroid  BLOB NOT NULL,
    origins   BLOB NOT NULL,
    start     TEXT,
    end       TEXT,
    storyline INTEGER NOT NULL
);
CREATE TABLE corpus_lines (
    position INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    centroid BLOB NOT NULL
);
