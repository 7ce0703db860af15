package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.nlp.Annotation;
import org.parallax.store.Store;

/** Stored articles that an older annotation stage made (or none) are annotated again, and linked again. */
class ReanalyzeTest {
    @TempDir
    Path dir;

    @Test
    void reanalyze_storeFromBeforeTheAnnotationStage_restoresLayersMentionsAndIdentities() throws Exception {
        Path corpus = DemoCommand.unpack(dir.resolve("corpus"));
        Path folder = dir.resolve("store");
        assertThat(Cli.run("analyze", corpus.toString(), "--out", dir.resolve("b.json").toString(), "--store",
                folder.toString()).exit()).isZero();
        Set<String> before = mentions(folder);
        assertThat(before).isNotEmpty();

        // what a store written before this stage holds: articles, no layers, no annotation ledger, no mentions
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Store.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM article_layers");
            s.executeUpdate("DELETE FROM stage_ledger WHERE stage IN ('annotation', 'identities')");
            s.executeUpdate("DELETE FROM mentions");
            s.executeUpdate("DELETE FROM entities");
        }
        assertThat(mentions(folder)).isEmpty();
        Cli.Result analyzed = Cli.run("analyze", corpus.toString(), "--out", dir.resolve("b2.json").toString(),
                "--store", folder.toString());
        assertThat(analyzed.err()).contains("articles that annotation version " + Annotation.VERSION
                + " did not make: `parallax reanalyze`");

        Cli.Result redone = Cli.run("reanalyze", "--store", folder.toString());
        assertThat(redone.exit()).isZero();
        assertThat(redone.err()).contains("annotation redone: version=" + Annotation.VERSION + ", articles=" + before.stream()
                .map(m -> m.substring(0, m.indexOf(':'))).distinct().count());
        assertThat(mentions(folder)).isEqualTo(before);
        try (Store store = Store.open(folder, Clock.systemUTC())) {
            assertThat(store.pending(Store.EXTRACTION, Store.ANNOTATION, Annotation.VERSION)).isEmpty();
            assertThat(store.sentences(store.list(0, 1).get(0).id())).isNotEmpty();
        }

        assertThat(Cli.run("reanalyze", "--stage", "identities", "--store", folder.toString()).exit()).isZero();
        assertThat(mentions(folder)).isEqualTo(before);
    }

    @Test
    void reanalyze_storeFromBeforeQuotes_opensAndTheAnnotationRedoneFillsTheQuotesWithTheirSpeakers() throws Exception {
        Path corpus = DemoCommand.unpack(dir.resolve("corpus"));
        Path folder = dir.resolve("store");
        assertThat(Cli.run("analyze", corpus.toString(), "--out", dir.resolve("b.json").toString(), "--store",
                folder.toString()).exit()).isZero();
        Set<String> before = quotes(folder);
        assertThat(before).as("quotes with a speaker").anySatisfy(q -> assertThat(q).doesNotEndWith(":null"));

        // what an annotation stage of an earlier version left: its layers without quotes (the store's own upgrade
        // from older schema versions is QuoteTablesTest's)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Store.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM quotes");
            s.executeUpdate("UPDATE stage_ledger SET version = 1 WHERE stage = 'annotation'");
        }
        assertThat(quotes(folder)).isEmpty();
        assertThat(Cli.run("reanalyze", "--stage", "annotation", "--store", folder.toString()).exit()).isZero();
        assertThat(quotes(folder)).isEqualTo(before);
        assertThat(Cli.run("reanalyze", "--stage", "identities", "--store", folder.toString()).exit()).isZero();
        assertThat(quotes(folder)).isEqualTo(before);
    }

    /** Every stored quote as its id and its speaker's entity id. */
    private static Set<String> quotes(Path folder) {
        Set<String> out = new TreeSet<>();
        try (Store store = Store.open(folder, Clock.systemUTC())) {
            store.forEachQuote(q -> out.add(q.id() + ":" + q.speaker()));
        }
        return out;
    }

    private static Set<String> mentions(Path folder) {
        Set<String> out = new TreeSet<>();
        try (Store store = Store.open(folder, Clock.systemUTC())) {
            Set<String> ids = new TreeSet<>();
            store.forEachArticle(a -> ids.add(a.article().id()));
            for (Entity e : store.entitiesOf(ids)) {
                for (Mention m : e.mentions()) {
                    out.add(m.article() + ":" + m.start() + "-" + m.end() + ":" + e.id());
                }
            }
        }
        return out;
    }
}
