package org.parallax.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.store.SearchHit;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search over stored articles.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words that must all occur")
    List<String> query;

    @Option(names = "--limit", description = "how many hits (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            List<SearchHit> hits = s.search(String.join(" ", query), limit);
            for (SearchHit h : hits) {
                System.out.printf("%s  %-16s  %s%n    %s%n", h.id(), ListCommand.orDash(h.published()),
                        Terminal.safe(h.title()), Terminal.safe(h.snippet()).replace(SearchHit.MATCH_START, '[')
                                .replace(SearchHit.MATCH_END, ']').replace('\n', ' '));
            }
            System.out.printf("(%d %s)%n", hits.size(), hits.size() == 1 ? "hit" : "hits");
        }
        return 0;
    }
}
