package org.parallax.app;

import java.util.Locale;
import org.parallax.model.CorroboratedClaim;
import org.parallax.nlp.ClaimAligner;

import org.parallax.stage.CorpusStage;
import org.parallax.store.Store;

/**
 * The claims corpus stage, after stories and identities: each storyline that gained or changed an article has its
 * claims aligned again across its articles (the same claim in other words, its independent sources, the claims that
 * dispute it, each story's summary) and saved in one transaction per storyline. A storyline is the unit because a
 * follow-up story repeats the facts of the one before it.
 */
final class ClaimStage implements CorpusStage {
    static final String NAME = "claims";

    private final Store store;
    private final ClaimAligner aligner;

    ClaimStage(Store store, ClaimAligner aligner) {
        this.store = store;
        this.aligner = aligner;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public Outcome update() {
        long started = System.nanoTime();
        int articles = 0;
        int claims = 0;
        int corroborated = 0;
        int contested = 0;
        for (String storyline : store.storylinesToAlign(version())) {
            Store.Thread thread = store.thread(storyline);
            ClaimAligner.Alignment alignment = aligner.align(thread.claims(), thread.storyOf());
            store.saveAlignment(thread, alignment, version());
            articles += thread.storyOf().size();
            claims += alignment.claims().size();
            for (CorroboratedClaim c : alignment.claims()) {
                corroborated += c.independentSources() > 1 ? 1 : 0;
                contested += c.contradictions().isEmpty() ? 0 : 1;
            }
        }
        return new Outcome(articles, String.format(Locale.ROOT, "claims=%d, corroborated=%d, contested=%d", claims,
                corroborated, contested), (System.nanoTime() - started) / 1e9);
    }
}
