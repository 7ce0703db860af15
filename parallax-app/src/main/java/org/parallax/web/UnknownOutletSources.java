package org.parallax.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.parallax.model.CorroboratedClaim;
import org.parallax.store.Store;

/**
 * Of a claim's independent sources, how many are an article whose outlet is not known. The claim stage counts such an
 * article (with its copies) as a source of its own, since it cannot tell whose it is: two of them may be one outlet, so
 * the pages say how many of a count rest on them. Each source is told by the store's own rule
 * ({@link Store#claimSource}). One per page: it remembers the articles it has looked up.
 */
final class UnknownOutletSources implements ToIntFunction<CorroboratedClaim> {
    /** For pages with no store behind them: no source is counted as unknown. */
    static final ToIntFunction<CorroboratedClaim> NONE = c -> 0;

    private final Store store;
    private final Map<String, String> sourceOf = new HashMap<>();

    UnknownOutletSources(Store store) {
        this.store = store;
    }

    @Override
    public int applyAsInt(CorroboratedClaim claim) {
        Set<String> unknown = new HashSet<>();
        for (CorroboratedClaim.Source s : claim.sources()) {
            String source = sourceOf.computeIfAbsent(s.article(), store::claimSource);
            if (source.startsWith("article:")) {
                unknown.add(source);
            }
        }
        return unknown.size();
    }

    /** "4" or "4 (3 of unknown outlet)": the count, with how much of it rests on articles whose outlet is not known. */
    static String count(CorroboratedClaim c, ToIntFunction<CorroboratedClaim> unknown) {
        int n = unknown.applyAsInt(c);
        if (n == 0) {
            return String.valueOf(c.independentSources());
        }
        return c.independentSources() + " <span class=\"meta unknown-outlet\" title=\"An article whose outlet is not known"
                + " counts as a source of its own; two of them may come from one outlet.\">("
                + (n == c.independentSources() ? (n == 1 ? "of unknown outlet" : "all of unknown outlet") : n + " of unknown outlet")
                + ")</span>";
    }
}
