-- The quote layer of the annotation stage: what each article reports people said, one row per quote, written with
-- the article's other layers and replaced with them. The words said, and the spans of its cue, of the words naming
-- the speaker (source), of the speaker's mention and of a relaying medium's mention. The speaker's and the medium's
-- identities are not stored: they are the entities of the mentions at those spans, joined at read time, so they
-- follow the identity stage when it links again or merges.
CREATE TABLE quotes (
    article       TEXT NOT NULL REFERENCES articles(id),
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    direct        INTEGER NOT NULL,   -- 1: in quotation marks; 0: reported speech
    headline      INTEGER NOT NULL,   -- 1: in a headline line, apart from the article's reporting
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue_text      TEXT,
    source_start  INTEGER,
    source_end    INTEGER,
    speaker_text  TEXT,               -- the source's words, else the speaker mention's
    speaker_start INTEGER,
    speaker_end   INTEGER,
    via_start     INTEGER,
    via_end       INTEGER,
    PRIMARY KEY (article, start, end)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(article, speaker_start, speaker_end);

-- Layers stored before this version hold no quotes: their annotation is to be redone (`parallax reanalyze`).
DELETE FROM stage_ledger WHERE stage = 'annotation';
