package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.eval.ClaimPairs.Label;

class ClaimPairsTest {
    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("pairs.tsv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void read_escapesReadBackInOnePass() throws IOException {
        Path file = write("id\tset\tfirst\tsecond\tlabel\tkind",
                "p1\tsummedits\tFirst line.\\n\\nSecond \\\\n stays\\ta tab.\\r\tThe claim.\tcontradicts\tentity,negation");
        ClaimPairs.Read read = ClaimPairs.read(file);
        assertThat(read.errors()).isEmpty();
        ClaimPairs.Pair p = read.pairs().get(0);
        assertThat(p.first()).isEqualTo("First line.\n\nSecond \\n stays\ta tab.\r");
        assertThat(p.label()).isEqualTo(Label.CONTRADICTS);
        assertThat(p.kinds()).containsExactly("entity", "negation");
        assertThat(p.set()).isEqualTo("summedits");
    }

    @Test
    void read_emptyLabelIsHeldOut() throws IOException {
        ClaimPairs.Read read = ClaimPairs.read(write("id\tset\tfirst\tsecond\tlabel\tkind",
                "p1\tmrpc\tA text.\tA claim.\t\t"));
        assertThat(read.pairs()).singleElement().satisfies(p -> {
            assertThat(p.label()).isNull();
            assertThat(p.kinds()).isEmpty();
        });
    }

    @Test
    void read_malformedLinesNamedByFileAndLine_othersRead() throws IOException {
        Path file = write("id\tset\tfirst\tsecond\tlabel\tkind",
                "p1\tmrpc\tA text.\tA claim.\tsupports\t",
                "p2\tmrpc\tonly three fields",
                "p3\tmrpc\tA text.\tA claim.\tmaybe\t",
                "p1\tmrpc\tA text.\tA claim.\tother\t",
                "\tmrpc\tA text.\tA claim.\tother\t",
                "p4\tmrpc\tA text.\tA claim.\tother\t");
        ClaimPairs.Read read = ClaimPairs.read(file);
        assertThat(read.pairs()).extracting(ClaimPairs.Pair::id).containsExactly("p1", "p4");
        assertThat(read.errors()).hasSize(4);
        assertThat(read.errors().get(0)).startsWith(file + ":3:").contains("fields");
        assertThat(read.errors().get(1)).startsWith(file + ":4:").contains("maybe");
        assertThat(read.errors().get(2)).startsWith(file + ":5:").contains("p1");
        assertThat(read.errors().get(3)).startsWith(file + ":6:").contains("no id");
    }

    @Test
    void read_headerWithoutClaimColumn_failsNamingFile() throws IOException {
        Path file = write("id\tset\tfirst\tlabel", "p1\tmrpc\tA text.\tsupports");
        assertThatThrownBy(() -> ClaimPairs.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("second");
    }

    @Test
    void write_oneLinePerPredictedPairInOrder() throws IOException {
        List<ClaimPairs.Pair> pairs = List.of(new ClaimPairs.Pair("b", "mrpc", "x", "y", null, List.of()),
                new ClaimPairs.Pair("a", "mrpc", "x", "y", null, List.of()));
        StringWriter out = new StringWriter();
        ClaimPairs.write(out, pairs, Map.of("a", new ClaimPairs.Prediction(Label.OTHER, 0.25),
                "b", new ClaimPairs.Prediction(Label.SUPPORTS, 1)));
        assertThat(out.toString()).isEqualTo("id\tlabel\tscore\nb\tsupports\t1.0000\na\tother\t0.2500\n");
    }

    @Test
    void prediction_scoreOutsideUnitInterval_fails() {
        assertThatThrownBy(() -> new ClaimPairs.Prediction(Label.SUPPORTS, 1.5)).hasMessageContaining("[0, 1]");
    }
}
