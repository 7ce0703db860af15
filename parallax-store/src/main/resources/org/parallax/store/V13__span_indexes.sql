-- The triggers that keep quote speakers and stance actors in step with the mentions look quotes and stances up by the
-- span of a mention in its article. SQLite's planner (3.54, without statistics) looked them up by the article alone,
-- its primary key's first column, and so scanned every quote and stance of the article for each mention written: a
-- long article (a few MB, tens of thousands of mentions and quotes) took minutes in the identity stage. Indexes by
-- span, and triggers whose "+article" keeps the planner off the article-only lookup.
CREATE INDEX quotes_by_speaker_span ON quotes(speaker_start, speaker_end);
CREATE INDEX quotes_by_via_span ON quotes(via_start, via_end);
CREATE INDEX stances_by_actor_span ON stances(actor_start, actor_end);
CREATE INDEX stances_by_target_span ON stances(target_start, target_end);

DROP TRIGGER IF EXISTS mentions_link_quotes;
CREATE TRIGGER mentions_link_quotes AFTER INSERT ON mentions BEGIN
UPDATE quotes SET speaker = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = new.article AND speaker_start = new.start AND speaker_end = new.end;
UPDATE quotes SET via = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
AND m.start = quotes.via_start AND m.end = quotes.via_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = new.article AND via_start = new.start AND via_end = new.end;
END;

DROP TRIGGER IF EXISTS mentions_unlink_quotes;
CREATE TRIGGER mentions_unlink_quotes AFTER DELETE ON mentions BEGIN
UPDATE quotes SET speaker = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = old.article AND speaker_start = old.start AND speaker_end = old.end;
UPDATE quotes SET via = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
AND m.start = quotes.via_start AND m.end = quotes.via_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = old.article AND via_start = old.start AND via_end = old.end;
END;

DROP TRIGGER IF EXISTS mentions_relink_quotes;
CREATE TRIGGER mentions_relink_quotes AFTER UPDATE ON mentions BEGIN
UPDATE quotes SET speaker = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
AND m.start = quotes.speaker_start AND m.end = quotes.speaker_end ORDER BY m.description, m.entity LIMIT 1)
WHERE (+article = old.article AND speaker_start = old.start AND speaker_end = old.end)
OR (+article = new.article AND speaker_start = new.start AND speaker_end = new.end);
UPDATE quotes SET via = (SELECT m.entity FROM mentions m WHERE m.article = quotes.article
AND m.start = quotes.via_start AND m.end = quotes.via_end ORDER BY m.description, m.entity LIMIT 1)
WHERE (+article = old.article AND via_start = old.start AND via_end = old.end)
OR (+article = new.article AND via_start = new.start AND via_end = new.end);
END;

DROP TRIGGER IF EXISTS mentions_link_stances;
CREATE TRIGGER mentions_link_stances AFTER INSERT ON mentions BEGIN
UPDATE stances SET actor = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
AND m.start = stances.actor_start AND m.end = stances.actor_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = new.article AND actor_start = new.start AND actor_end = new.end;
UPDATE stances SET target = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
AND m.start = stances.target_start AND m.end = stances.target_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = new.article AND target_start = new.start AND target_end = new.end;
END;

DROP TRIGGER IF EXISTS mentions_unlink_stances;
CREATE TRIGGER mentions_unlink_stances AFTER DELETE ON mentions BEGIN
UPDATE stances SET actor = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
AND m.start = stances.actor_start AND m.end = stances.actor_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = old.article AND actor_start = old.start AND actor_end = old.end;
UPDATE stances SET target = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
AND m.start = stances.target_start AND m.end = stances.target_end ORDER BY m.description, m.entity LIMIT 1)
WHERE +article = old.article AND target_start = old.start AND target_end = old.end;
END;

DROP TRIGGER IF EXISTS mentions_relink_stances;
CREATE TRIGGER mentions_relink_stances AFTER UPDATE ON mentions BEGIN
UPDATE stances SET actor = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
AND m.start = stances.actor_start AND m.end = stances.actor_end ORDER BY m.description, m.entity LIMIT 1)
WHERE (+article = old.article AND actor_start = old.start AND actor_end = old.end)
OR (+article = new.article AND actor_start = new.start AND actor_end = new.end);
UPDATE stances SET target = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
AND m.start = stances.target_start AND m.end = stances.target_end ORDER BY m.description, m.entity LIMIT 1)
WHERE (+article = old.article AND target_start = old.start AND target_end = old.end)
OR (+article = new.article AND target_start = new.start AND target_end = new.end);
END;
