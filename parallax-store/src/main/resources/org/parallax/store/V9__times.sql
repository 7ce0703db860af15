-- The time layer of the annotation stage: each article's time expressions, one row per expression, written with the
-- article's other layers and replaced with them. The words, their TimeML type, value and modifier, what the value
-- was reckoned from (NONE, ARTICLE: its date, TEXT: an earlier date of its text, STORY: its story's date, UNRESOLVED:
-- no date, the value keeps X's) and the day the article's relative expressions were reckoned from (its own date, or
-- for an article with none the first date of its story; null when there was none), so that the story stage can tell
-- which undated articles to reckon again when their story gains a date.
CREATE TABLE times (
    article TEXT NOT NULL REFERENCES articles(id),
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    type    TEXT NOT NULL,     -- DATE, TIME, DURATION, SET
    value   TEXT NOT NULL,
    mod     TEXT,
    anchor  TEXT NOT NULL,
    anchor_day TEXT,
    PRIMARY KEY (article, start, end)
) WITHOUT ROWID;

-- Layers stored before this version hold no time expressions: their annotation is to be redone (`parallax reanalyze`).
DELETE FROM stage_ledger WHERE stage = 'annotation';
