-- Stories and storylines merged into others as articles bridged them. A merged story's row in corpus_stories stays
-- (its position is where its earlier articles' rows point) and names the story it went into; its id is kept here,
-- with the id that now holds its articles, so that links to it still lead somewhere. Chains are kept one step long.
ALTER TABLE corpus_stories ADD COLUMN merged_into INTEGER NOT NULL DEFAULT -1;
-- A story is titled by its most central article's headline: the one that joined it with the highest similarity (0:
-- the article that started it, as stories stored before were titled).
ALTER TABLE corpus_stories ADD COLUMN title_similarity REAL NOT NULL DEFAULT 0;
CREATE TABLE merged (
    id      TEXT PRIMARY KEY,
    into_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX merged_into ON merged(into_id);
