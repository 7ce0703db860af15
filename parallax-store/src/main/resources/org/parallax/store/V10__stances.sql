-- The stance layer of the annotation stage: where each article's actors stand, one row per stance, written with the
-- article's other layers and replaced with them. The evidence's span and words, the actor's mention, the issue (its
-- normalized phrase, its topic and the span of its words), the position, the condition's span and words, and for a
-- stance toward another actor that actor's mention. The actor's and the target's identities are the entities of the
-- mentions at those spans: triggers keep them in step with the mentions whatever writes these (a batch of the
-- identity stage, a relinking of every article, a merge, a reannotation that drops an article's mentions).
CREATE TABLE stances (
    article         TEXT NOT NULL REFERENCES articles(id),
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence_text   TEXT NOT NULL,
    actor_start     INTEGER NOT NULL,
    actor_end       INTEGER NOT NULL,
    actor_text      TEXT NOT NULL,
    issue           TEXT NOT NULL,
    topic           TEXT NOT NULL,
    issue_start     INTEGER NOT NULL,
    issue_end       INTEGER NOT NULL,
    position        TEXT NOT NULL,     -- supports, opposes, conditional, neutral
    condition_start INTEGER,
    condition_end   INTEGER,
    condition_text  TEXT,
    target_start    INTEGER,
    target_end      INTEGER,
    actor           TEXT,              -- the entity of the mention at the actor's span
    target          TEXT,              -- the entity of the mention at the target's span
    PRIMARY KEY (article, evidence_start, evidence_end, actor_start, actor_end, issue)
) WITHOUT ROWID;
CREATE INDEX stances_by_actor ON stances(actor) WHERE actor IS NOT NULL;
CREATE INDEX stances_by_target ON stances(target) WHERE target IS NOT NULL;

CREATE TRIGGER stances_link AFTER INSERT ON stances BEGIN
    UPDATE stances SET
        actor = (SELECT m.entity FROM mentions m WHERE m.article = new.article AND m.start = new.actor_start
                 AND m.end = new.actor_end ORDER BY m.description, m.entity LIMIT 1),
        target = (SELECT m.entity FROM mentions m WHERE m.article = new.article AND m.start = new.target_start
                  AND m.end = new.target_end ORDER BY m.description, m.entity LIMIT 1)
    WHERE article = new.article AND evidence_start = new.evidence_start AND evidence_end = new.evidence_end
      AND actor_start = new.actor_start AND actor_end = new.actor_end AND issue = new.issue;
END;

CREATE TRIGGER mentions_link_stances AFTER INSERT ON mentions BEGIN
    UPDATE stances SET actor = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
            AND m.start = stances.actor_start AND m.end = stances.actor_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = new.article AND actor_start = new.start AND actor_end = new.end;
    UPDATE stances SET target = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
            AND m.start = stances.target_start AND m.end = stances.target_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = new.article AND target_start = new.start AND target_end = new.end;
END;

CREATE TRIGGER mentions_unlink_stances AFTER DELETE ON mentions BEGIN
    UPDATE stances SET actor = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
            AND m.start = stances.actor_start AND m.end = stances.actor_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = old.article AND actor_start = old.start AND actor_end = old.end;
    UPDATE stances SET target = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
            AND m.start = stances.target_start AND m.end = stances.target_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE article = old.article AND target_start = old.start AND target_end = old.end;
END;

CREATE TRIGGER mentions_relink_stances AFTER UPDATE ON mentions BEGIN
    UPDATE stances SET actor = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
            AND m.start = stances.actor_start AND m.end = stances.actor_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE (article = old.article AND actor_start = old.start AND actor_end = old.end)
           OR (article = new.article AND actor_start = new.start AND actor_end = new.end);
    UPDATE stances SET target = (SELECT m.entity FROM mentions m WHERE m.article = stances.article
            AND m.start = stances.target_start AND m.end = stances.target_end ORDER BY m.description, m.entity LIMIT 1)
        WHERE (article = old.article AND target_start = old.start AND target_end = old.end)
           OR (article = new.article AND target_start = new.start AND target_end = new.end);
END;

-- Layers stored before this version hold no stances: their annotation is to be redone (`parallax reanalyze`).
DELETE FROM stage_ledger WHERE stage = 'annotation';
