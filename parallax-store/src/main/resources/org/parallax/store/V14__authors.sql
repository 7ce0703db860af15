-- Who wrote an article: the people its byline names (a JSON array, in the byline's order), the organization the
-- byline credits, the time zone of its publication time and when the page says it was last changed; the people once
-- more by name, for filtering.
ALTER TABLE articles ADD COLUMN authors TEXT;
ALTER TABLE articles ADD COLUMN credit TEXT;
ALTER TABLE articles ADD COLUMN modified TEXT;
ALTER TABLE articles ADD COLUMN published_offset TEXT;
CREATE TABLE article_authors (
    article  TEXT NOT NULL,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE INDEX article_authors_by_name ON article_authors(name COLLATE NOCASE, article);
