-- The quote whose content holds a stance's evidence (the first by start, then end), kept with the stance when it is
-- written, so that reading stances never searches an article's quotes for each one (a long article has tens of
-- thousands of each). Stances stored before are linked here once.
ALTER TABLE stances ADD COLUMN quote_start INTEGER;
ALTER TABLE stances ADD COLUMN quote_end INTEGER;
UPDATE stances SET
    quote_start = (SELECT q.start FROM quotes q WHERE q.article = stances.article AND q.start <= stances.evidence_start
                   AND stances.evidence_end <= q.end ORDER BY q.start, q.end LIMIT 1),
    quote_end = (SELECT q.end FROM quotes q WHERE q.article = stances.article AND q.start <= stances.evidence_start
                 AND stances.evidence_end <= q.end ORDER BY q.start, q.end LIMIT 1);
