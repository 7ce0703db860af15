-- The entity stage: one row per identity, every mention with its span, and which articles the stage has read.
CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    type       TEXT NOT NULL,
    name       TEXT NOT NULL,
    fixed_name INTEGER NOT NULL,
    spellings  TEXT NOT NULL,   -- JSON object: full spelling -> times used
    roles      TEXT NOT NULL,   -- JSON array of {text, country, head}
    mentions   INTEGER NOT NULL DEFAULT 0,
    articles   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_rank ON entities(articles DESC, mentions DESC);
CREATE INDEX entities_type_rank ON entities(type, articles DESC, mentions DESC);

CREATE TABLE mentions (
    article TEXT NOT NULL REFERENCES articles(id),
    entity  TEXT NOT NULL REFERENCES entities(id),
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    description INTEGER NOT NULL,   -- 1: a role description ("the Belarusian president"), not a name
    PRIMARY KEY (article, start, end, entity)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity, article);

CREATE TABLE entity_passes (
    article TEXT PRIMARY KEY REFERENCES articles(id)
) WITHOUT ROWID;
