-- Whether a story's start and end come only from dates whose year was reasoned out of a weekday ("Tuesday, March 4"):
-- such a year is one of several that fit, so the story is matched by month and day until a sure date dates it.
ALTER TABLE corpus_stories ADD COLUMN dates_guessed INTEGER NOT NULL DEFAULT 0;
