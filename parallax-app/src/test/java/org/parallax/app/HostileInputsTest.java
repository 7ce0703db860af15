package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the hostile corpus through {@code parallax analyze}: every hostile input gets one clear error line naming
 * it, or where it can be read a bounded, correct article; the good article is stored; no error line can be forged by
 * a file name; and running it again over the same store stores nothing twice and loses nothing.
 */
class HostileInputsTest {
    @TempDir
    Path dir;

    @Test
    void analyze_hostileCorpus_reportsEachInputStoresTheGoodOneAndRerunsSafely() throws IOException {
        Path in = dir.resolve("in");
        Map<String, HostileCorpus.Expectation> expected = HostileCorpus.write(in);
        String store = dir.resolve("store").toString();

        Cli.Result r = Cli.run("analyze", in.toString(), "--out", dir.resolve("bundle.json").toString(), "--store", store);

        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        List<String> unexplained = new ArrayList<>(errors);
        List<String> readable = new ArrayList<>();
        for (HostileCorpus.Expectation e : expected.values()) {
            String shown = Terminal.line(in.resolve(e.name()).toString());
            List<String> mine = errors.stream().filter(l -> l.startsWith("error: " + shown + ":")
                    || l.startsWith("error: " + shown + "#")).toList();
            unexplained.removeAll(mine);
            assertThat(mine).as("the errors of %s in:%n%s", e.name(), r.err()).hasSize(e.lines())
                    .allSatisfy(l -> assertThat(l).contains(e.error()));
            if (e.error() == null || e.name().endsWith(".warc")) {
                readable.add(e.name());   // a WARC's good records are read beside its bad ones
            }
        }
        assertThat(unexplained).as("error lines that name no input of the corpus").isEmpty();
        assertThat(r.err()).doesNotContain("\u001b").doesNotContain("Exception").doesNotContain("\tat ");

        JsonNode bundle = BundleSchema.validBundle(dir.resolve("bundle.json"));
        List<String> stored = new ArrayList<>();
        bundle.get("articles").forEach(a -> stored.add(Path.of(a.get("source").asText()).getFileName().toString()
                .replaceAll("#\\d+$", "")));
        assertThat(stored).containsExactlyInAnyOrderElementsOf(readable);
        bundle.get("articles").forEach(a -> assertThat(a.get("text").asText()).as(a.get("source").asText()).isNotBlank());

        Cli.Result again = Cli.run("analyze", in.toString(), "--out", dir.resolve("bundle2.json").toString(), "--store", store);
        assertThat(again.err()).contains("stored=0, duplicates=" + readable.size());
        assertThat(BundleSchema.validBundle(dir.resolve("bundle2.json")).get("articles")).hasSize(readable.size());
    }
}
