package org.parallax.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of bad inputs: one clear error line per bad file, the good files stored, exit code 1. */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String GOOD = "Ferry service resumes\n\nThe ferry between the two islands resumed service on"
            + " Monday after a week of storms kept the boats in harbour, the operator said.\n";

    @Test
    void analyze_folderOfBadInputs_reportsEachAndStoresTheRest() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good-1.txt"), GOOD);
        Files.writeString(in.resolve("good-2.txt"), GOOD.replace("Monday", "Tuesday"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.bin"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge-line.txt").toFile(), "rw")) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                huge.write(chunk);
            }
        }
        byte[] good = "Caf\u00e9 and more text ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(good, good.length + 2);
        broken[good.length] = (byte) 0xE2;
        broken[good.length + 1] = (byte) 0x28;
        Files.write(in.resolve("invalid-utf8.txt"), broken);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(GOOD.repeat(40).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("truncated.txt.gz"), Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        Files.writeString(in.resolve("feed.jsonl"), "{\"title\":\"Ok\",\"text\":\"" + GOOD.replace("\n", "\\n")
                + "\"}\n{this is not json\n");
        Files.createSymbolicLink(in.resolve("loop"), in);

        Path bundle = dir.resolve("bundle.json");
        Cli.Result r = Cli.run("analyze", in.toString(), "--out", bundle.toString(), "--store", dir.resolve("store").toString());

        assertThat(r.exit()).isEqualTo(1);
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).hasSize(7);
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty file"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("binary.bin").contains("binary"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("huge-line.txt").contains("too large"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("invalid-utf8.txt").contains("invalid UTF-8"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("truncated.txt.gz").contains("truncated gzip"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("feed.jsonl:2").contains("not JSON"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("loop").contains("symbolic link loop"));
        assertThat(r.err()).contains("failed=7");

        JsonNode root = BundleSchema.validBundle(bundle);
        assertThat(root.get("articles")).hasSize(3);
        Cli.Result list = Cli.run("list", "--store", dir.resolve("store").toString());
        assertThat(list.out()).contains("(3 articles in");
    }

    @Test
    void analyze_rerun_changesNothing() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), GOOD);
        String store = dir.resolve("store").toString();
        Cli.Result first = Cli.run("analyze", in.toString(), "--out", dir.resolve("b1.json").toString(), "--store", store);
        Cli.Result second = Cli.run("analyze", in.toString(), "--out", dir.resolve("b2.json").toString(), "--store", store);
        assertThat(first.err()).contains("stored=1, duplicates=0");
        assertThat(second.err()).contains("stored=0, duplicates=1");
        assertThat(Files.readString(dir.resolve("b2.json"))).isEqualTo(Files.readString(dir.resolve("b1.json")));
    }

    @Test
    void extract_writesArticlesOut_andItsSummarySaysSoNotStored() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), GOOD);
        Cli.Result r = Cli.run("extract", in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains("extraction run done: read=1, written=1,").doesNotContain("stored=");
    }

    @Test
    void run_badUsage_exitsWith2() {
        assertThat(Cli.run("analyze").exit()).isEqualTo(2);
        assertThat(Cli.run("no-such-command").exit()).isEqualTo(2);
        assertThat(Cli.run("export", "--format", "xml").exit()).isEqualTo(2);
    }
}
