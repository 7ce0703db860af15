-- What a reader should know about an article's text, such as that a feed gave only its summary.
ALTER TABLE articles ADD COLUMN note TEXT;
