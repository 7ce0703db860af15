package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.BundleExport;
import org.parallax.store.Store;
import org.parallax.web.QuotedStory;

/** The bundle's quotes: every field DESIGN.md names, each pointing at its words and at entities of the bundle. */
class BundleQuotesTest {
    @TempDir
    Path dir;

    private JsonNode export(Store store, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            BundleExport.writeAll(store, out);
        }
        return BundleSchema.validBundle(file);
    }

    @Test
    void quotes_meetTheSchema_pointAtTheirWordsAndAtEntitiesOfTheBundle_withIdsStableAcrossExports() throws Exception {
        try (Store store = Store.open(dir.resolve("store"), Clock.systemUTC())) {
            QuotedStory story = QuotedStory.write(store);
            JsonNode root = export(store, "one.json");
            Map<String, String> texts = new HashMap<>();
            root.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
            Set<String> entities = new HashSet<>();
            root.get("entities").forEach(e -> entities.add(e.get("id").asText()));
            JsonNode quotes = root.get("quotes");
            assertThat(quotes).hasSize(7);
            Set<String> ids = new HashSet<>();
            for (JsonNode q : quotes) {
                assertThat(ids.add(q.get("id").asText())).as("unique id").isTrue();
                String text = texts.get(q.get("article").asText());
                assertThat(q.get("text").asText()).isEqualTo(text.substring(q.get("start").asInt(), q.get("end").asInt()));
                for (String link : List.of("speaker", "via")) {
                    assertThat(q.get(link).isNull() || entities.contains(q.get(link).asText())).as(link + " of " + q).isTrue();
                }
            }
            assertThat(quotes).filteredOn(q -> q.get("article").asText().equals(story.first)).extracting(q -> q.get("speaker").isNull()
                    ? null : q.get("speaker").asText())
                    .containsExactly(null, "person-dmitry-peskov", "person-dmitry-peskov", "person-xi-jinping", null);
            assertThat(quotes).anySatisfy(q -> {
                assertThat(q.get("via").asText()).isEqualTo("organization-cctv");
                assertThat(q.get("speaker_text").asText()).isEqualTo("Xi Jinping");
                assertThat(q.get("cue").asText()).isEqualTo("as saying");
                assertThat(q.get("direct").asBoolean()).isTrue();
            });
            assertThat(quotes).anySatisfy(q -> assertThat(q.get("headline").asBoolean()).isTrue());
            assertThat(export(store, "two.json").get("quotes")).isEqualTo(quotes);

            ObjectNode broken = root.deepCopy();
            ((ObjectNode) broken.get("quotes").get(1)).remove("speaker");
            assertThat(BundleSchema.violations(broken)).as("a quote without its speaker field").isNotEmpty();
            ObjectNode unmarked = root.deepCopy();
            ((ObjectNode) unmarked.get("quotes").get(1)).put("direct", "yes");
            assertThat(BundleSchema.violations(unmarked)).isNotEmpty();
        }
    }
}
