-- The story-dates stage's publication days for articles whose pages give none: the day, what it was reasoned from
-- (DATELINE: a day with its year heading the text; STORY: its story's first dated article; TEXT: the latest day with its
-- year the text names), the words it came from (the article's own at start..end, or the title of the story's article
-- it was taken from) and that article's id. A row with no day records that the stage looked and found none, so the
-- article is not looked at again until its story gains a date. The article's own columns stay as its page gave them.
CREATE TABLE inferred_dates (
    article  TEXT PRIMARY KEY REFERENCES articles(id),
    day      TEXT,
    basis    TEXT,          -- DATELINE, STORY, TEXT; null with no day
    evidence TEXT,
    start    INTEGER,
    end      INTEGER,
    source   TEXT REFERENCES articles(id)
) WITHOUT ROWID;
