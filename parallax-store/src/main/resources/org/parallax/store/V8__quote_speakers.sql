-- Each quote's speaker and relaying medium as entity ids: the entity of the mention at the quote's speaker (via)
-- span, names before role descriptions. Triggers keep them in step with the mentions whatever writes these (a batch
-- of the identity stage, a relinking of every article, a merge, a reannotation that drops an article's mentions),
-- so that what an entity said is read from an index instead of through every mention of it.
ALTER TABLE quotes ADD COLUMN speaker TEXT;
ALTER TABLE quotes ADD COLUMN via TEXT;
UPDATE quotes SET
    speaker = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article AND m.start = quotes.speaker_start
               AND m.end = quotes.speaker_end ORDER BY m.description, m.entity LIMIT 1),
    via = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article AND m.start = quotes.via_start
           AND m.end = quotes.via_end ORDER BY m.description, m.entity LIMIT 1);
DROP INDEX quotes_speaker;
CREATE INDEX quotes_by_speaker ON quotes(speaker) WHERE speaker IS NOT NULL;

CREATE TRIGGER quotes_link AFTER INSERT ON quotes BEGIN
    UPDATE quotes SET
        speaker = (SELECT m.entity FROM mentions m WHERE m.article = new.article AND m.start = new.speaker_start
                   AND m.end = new.speaker_end ORDER BY m.description, m.entity LIMIT 1),
        via = (SELECT m.entity FROM mentions m WHERE m.article = new.article AND m.start = new.via_start
               AND m.end = new.via_end ORDER BY m.description, m.entity LIMIT 1)
    WHERE article = new.article AND start = new.start AND end = new.end;
END;

CREATE TRIGGER mentions_link_quotes AFTER INSERT ON mentions BEGIN
    UPDATE quotes SET speaker = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
            AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = new.article AND speaker_start = new.start AND speaker_end = new.end;
    UPDATE quotes SET via = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
            AND m.start = quotes.via_start AND m.end = quotes.via_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = new.article AND via_start = new.start AND via_end = new.end;
END;

CREATE TRIGGER mentions_unlink_quotes AFTER DELETE ON mentions BEGIN
    UPDATE quotes SET speaker = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
            AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = old.article AND speaker_start = old.start AND speaker_end = old.end;
    UPDATE quotes SET via = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
            AND m.start = quotes.via_start AND m.end = quotes.via_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = old.article AND via_start = old.start AND via_end = old.end;
END;

CREATE TRIGGER mentions_relink_quotes AFTER UPDATE ON mentions BEGIN
    UPDATE quotes SET speaker = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
            AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE (article = old.article AND speaker_start = old.start AND speaker_end = old.end)
           OR (article = new.article AND speaker_start = new.start AND speaker_end = new.end);
    UPDATE quotes SET via = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
            AND m.start = quotes.via_start AND m.end = quotes.via_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE (article = old.article AND via_start = old.start AND via_end = old.end)
           OR (article = new.article AND via_start = new.start AND via_end = new.end);
END;
