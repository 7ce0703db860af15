-- The corpus stage: stories, storylines, where each article was placed and why, and the index state
-- that lets the next run go on without reclustering.
CREATE TABLE stories (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    start               TEXT,
    end                 TEXT,
    storyline           TEXT NOT NULL,
    independent_sources INTEGER NOT NULL,
    size                INTEGER NOT NULL
);
CREATE INDEX stories_storyline ON stories(storyline);
CREATE INDEX stories_end ON stories(end);

CREATE TABLE storylines (
    id    TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    start TEXT,
    end   TEXT,
    size  INTEGER NOT NULL
);

CREATE TABLE story_articles (
    article    TEXT PRIMARY KEY REFERENCES articles(id),
    story      TEXT NOT NULL,
    origin     TEXT NOT NULL,
    similarity REAL NOT NULL,
    reason     TEXT NOT NULL,
    position   INTEGER NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story, position);

CREATE TABLE corpus_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    state BLOB NOT NULL
);
