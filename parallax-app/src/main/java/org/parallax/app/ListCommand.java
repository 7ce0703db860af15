package org.parallax.app;

import java.util.concurrent.Callable;
import org.parallax.store.ArticleSummary;
import org.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List stored articles, newest first.")
final class ListCommand implements Callable<Integer> {
    @Option(names = "--limit", description = "how many (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Option(names = "--offset", description = "how many to skip (default: ${DEFAULT-VALUE})")
    int offset = 0;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            for (ArticleSummary a : s.list(offset, limit)) {
                System.out.printf("%s  %-16s  %-20s  %s%n", a.id(), orDash(a.published()), orDash(a.outlet()),
                        Terminal.safe(a.title()));
            }
            System.out.printf("(%d %s in %s)%n", s.count(), s.count() == 1 ? "article" : "articles", s.file());
        }
        return 0;
    }

    static String orDash(String s) {
        return s == null ? "-" : Terminal.safe(s);
    }
}
