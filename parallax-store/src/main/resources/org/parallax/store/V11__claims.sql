-- The claim layer of the annotation stage: each article's factual statements, clause by clause, written with the
-- article's other layers and replaced with them. The parts (actors, numbers, dates) are spans inside the claim, kept
-- as JSON arrays of [start, end] pairs.
CREATE TABLE claims (
    article TEXT NOT NULL REFERENCES articles(id),
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    actors  TEXT NOT NULL,
    numbers TEXT NOT NULL,
    dates   TEXT NOT NULL,
    PRIMARY KEY (article, start, end)
) WITHOUT ROWID;

-- The claims corpus stage: the claims of a thread of coverage (a storyline) aligned across its articles. A claim is
-- a group of article claims that state the same thing; its story is the story of its first source.
CREATE TABLE story_claims (
    id          TEXT PRIMARY KEY,
    storyline   TEXT NOT NULL,
    story       TEXT NOT NULL,
    rank        INTEGER NOT NULL,     -- best corroborated first, within the storyline
    text        TEXT NOT NULL,
    sources     INTEGER NOT NULL,     -- articles that make it
    independent INTEGER NOT NULL      -- independent sources that make it
);
CREATE INDEX story_claims_by_storyline ON story_claims(storyline);

CREATE TABLE claim_sources (
    claim   TEXT NOT NULL,
    article TEXT NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    outlet  TEXT,
    score   REAL NOT NULL,
    ordinal INTEGER NOT NULL,
    PRIMARY KEY (claim, ordinal)
) WITHOUT ROWID;
CREATE INDEX claim_sources_by_article ON claim_sources(article);

CREATE TABLE claim_contradictions (
    claim         TEXT NOT NULL,
    other         TEXT NOT NULL,
    reason        TEXT NOT NULL,   -- number, date, name, polarity
    article       TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    other_article TEXT NOT NULL,
    other_start   INTEGER NOT NULL,
    other_end     INTEGER NOT NULL,
    other_text    TEXT NOT NULL,
    PRIMARY KEY (claim, other)
) WITHOUT ROWID;

-- Each story's summary: whole sentences of its articles, each carrying a claim and citing the articles that make it.
CREATE TABLE story_summaries (
    story     TEXT NOT NULL,
    ordinal   INTEGER NOT NULL,
    storyline TEXT NOT NULL,
    claim     TEXT NOT NULL,
    article   TEXT NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    cites     TEXT NOT NULL,      -- JSON array of article ids, the sentence's own first
    PRIMARY KEY (story, ordinal)
) WITHOUT ROWID;
CREATE INDEX story_summaries_by_storyline ON story_summaries(storyline);

-- Layers stored before this version hold no claims: their annotation is to be redone (`parallax reanalyze`).
DELETE FROM stage_ledger WHERE stage = 'annotation';
