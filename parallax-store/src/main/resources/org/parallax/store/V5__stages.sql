-- One pipeline of typed stages: which stage, at which version, made what of each article; the layers the
-- annotation stage lays over each article; and the chrome profile that cleaning reads, kept between runs.
CREATE TABLE stage_ledger (
    article TEXT NOT NULL REFERENCES articles(id),
    stage   TEXT NOT NULL,      -- extraction, annotation, stories, identities
    version INTEGER NOT NULL,
    PRIMARY KEY (article, stage)
) WITHOUT ROWID;
CREATE INDEX stage_ledger_stage ON stage_ledger(stage, version);
INSERT INTO stage_ledger(article, stage, version) SELECT id, 'extraction', 1 FROM articles;
INSERT INTO stage_ledger(article, stage, version) SELECT article, 'stories', 1 FROM story_articles;
INSERT INTO stage_ledger(article, stage, version) SELECT article, 'identities', 1 FROM entity_passes;
DROP TABLE entity_passes;

-- The annotation layers of an article, as the annotation stage made them: sentences as [start, end,
-- paragraph] triples and the entities it names before the corpus links them to identities (deflated JSON).
CREATE TABLE article_layers (
    article   TEXT PRIMARY KEY REFERENCES articles(id),
    sentences BLOB NOT NULL,
    entities  BLOB NOT NULL
) WITHOUT ROWID;

-- The chrome profile: in how many documents each short line of a site recurs (by fingerprint), and which
-- raw documents it has learned from, so that each is counted once however often it is analyzed.
CREATE TABLE chrome_lines (
    fingerprint INTEGER PRIMARY KEY,
    documents   INTEGER NOT NULL
);
CREATE TABLE chrome_learned (
    raw_id TEXT PRIMARY KEY
) WITHOUT ROWID;
