-- A storyline keeps the sum of its articles' gists (what their headlines and leads mean, as a sentence encoder's
-- vector of 4-byte floats): a new story joins the storyline whose gist is like its first article's. Storylines
-- stored before have none, and are matched by their words alone.
ALTER TABLE corpus_lines ADD COLUMN gist BLOB;
