package org.parallax.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.model.Article;
import org.parallax.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one stored article with its metadata and evidence.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the article id")
    String id;

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            Optional<Store.StoredArticle> found = s.article(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("parallax: no article " + Terminal.safe(id) + " in " + s.file());
                return 2;
            }
            Article a = found.get().article();
            System.out.println(Terminal.safe(a.title()));
            System.out.println("id:              " + a.id());
            System.out.println("source:          " + Terminal.safe(a.source()));
            if (a.published() != null) {
                System.out.println("published:       " + a.published().value() + (a.published().inferred() ? " (inferred)" : "")
                        + "  from \"" + Terminal.safe(a.published().evidence().text()) + "\"");
            } else {
                System.out.println("published:       -");
            }
            System.out.println("page date:       " + ListCommand.orDash(a.pageDate()));
            System.out.println("outlet:          " + ListCommand.orDash(a.outlet()));
            System.out.println("syndicated from: " + ListCommand.orDash(a.syndicatedFrom()));
            System.out.println("language:        " + a.language());
            System.out.println("duplicate of:    " + ListCommand.orDash(found.get().duplicateOf()));
            System.out.println();
            System.out.println(Terminal.safe(a.text()));
        }
        return 0;
    }
}
