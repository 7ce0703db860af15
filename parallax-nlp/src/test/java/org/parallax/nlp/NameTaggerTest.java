package org.parallax.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.EntityType;

/**
 * The tagger against CoreNLP's own classifier for the same model, on invented reporting that has what news
 * text has: quotes of every style, brackets, abbreviations, numbers, hyphens and apostrophes in names, accents,
 * British spellings, capitals, markup, odd spaces and characters the tokenizer cannot read.
 */
class NameTaggerTest {
    private static final String TEXT = String.join("\n",
            "PORT AVERILL MAYOR DEFENDS FERRY PLAN",
            "",
            "PORT AVERILL, Maine (Reuters) — Mayor Anna-Lise O'Connor said on Monday that the ferry to Grand Isle "
                    + "would run again \"within weeks\", after talks with the Harbor Authority and Gov. Paul LePage.",
            "“We cannot wait for Augusta,” Ms. O’Connor told reporters at City Hall. ‘It’s our harbour, our "
                    + "colour, our organisation.’ Mr. Dmitri Volkov of Volkov & Sons Ltd. disagreed: 'It's gonna cost "
                    + "$4.5bn (about €4bn) — 12% more than in 2019…'",
            "The U.S. Coast Guard and the U.N. refugee agency (UNHCR) declined to comment; a spokesman for the "
                    + "European Commission in Brussels said the matter was for Washington and Ottawa.",
            "President Recep Tayyip Erdoğan met Chancellor Olaf Scholz and São Paulo’s governor, Tarcísio de Freitas, "
                    + "in Zürich; Volodymyr Zelenskyy joined by video from Kyiv. Xi Jinping's envoy, Wang Yi, was absent.",
            "Dr. Jean-Pierre Dupont (Université de Montréal) wrote to <b>The New York Times</b> at "
                    + "letters@nytimes.com and posted https://example.org/ferry?id=12 on X, formerly Twitter.",
            "Shares of Apple Inc. and Alphabet Inc.'s Google rose 3.2 per cent; the FTSE 100 fell 1,204 points.\t"
                    + "Goldman Sachs\u00a0Group analysts, led by J.P. Morgan alumnus Tom O'Neill-Smith, were unmoved.",
            "the mayor's office in north berlin and new york was closed. Sheikh Mohammed bin Rashid Al Maktoum flew "
                    + "to Abu Dhabi, then Riyadh, on Saudi Arabian Airlines flight SV 1234 \uD83D\uDEE5.",
            "",
            "",
            "Asked whether Lt. Col. Mary-Kate MacDonald-Ross would resign, Sen. Elizabeth Warren (D-Mass.) said "
                    + "“No comment” and left for Capitol Hill \u00ad with Rep. Nancy Pelosi, D-Calif., Sen. Mitch "
                    + "McConnell, R-Ky., and Prime Minister Rishi Sunak’s aides. 北京 and Москва were not mentioned.",
            "Interviews by Anna Berg; editing by Ian Chow. © 2024 Thomson Reuters. All rights reserved.");

    private static CRFClassifier<CoreLabel> reference;

    @BeforeAll
    static void load() {
        reference = NameTagger.classifier();
    }

    /** What the tagger gave before it labelled by itself: CoreNLP's classifyToCharacterOffsets piece by piece. */
    private static List<NameTagger.Tag> referenceTags(String text) {
        List<NameTagger.Tag> tags = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + NameTagger.CHUNK);
            if (to < text.length()) {
                int lineEnd = text.lastIndexOf('\n', to);
                to = lineEnd > from ? lineEnd + 1 : to;
            }
            for (Triple<String, Integer, Integer> t : reference.classifyToCharacterOffsets(text.substring(from, to))) {
                EntityType type = switch (t.first()) {
                    case "PERSON" -> EntityType.PERSON;
                    case "ORGANIZATION" -> EntityType.ORGANIZATION;
                    case "LOCATION" -> EntityType.LOCATION;
                    default -> null;
                };
                int start = from + t.second();
                int end = from + t.third();
                int newline = text.indexOf('\n', start);
                if (type != null && (newline < 0 || newline >= end)) {
                    tags.add(new NameTagger.Tag(type, start, end));
                }
            }
            from = to;
        }
        return tags;
    }

    @Test
    void tag_findsTheNamesCoreNLPsClassifierFinds() {
        List<NameTagger.Tag> tags = NameTagger.tag(TEXT);
        assertThat(tags).isEqualTo(referenceTags(TEXT));
        assertThat(tags).extracting(t -> TEXT.substring(t.start(), t.end()))
                .contains("Anna-Lise O'Connor", "Olaf Scholz", "Brussels", "European Commission");
    }

    @Test
    void features_areThoseOfCoreNLPsFeatureFactory() {
        NameModel model = NameModel.of(reference);
        int tokens = 0;
        for (List<CoreLabel> sentence : reference.makeObjectBankFromString(TEXT, reference.plainTextReaderAndWriter())) {
            int[][][] expected = reference.documentToDataAndLabels(sentence).first();
            int[][][] actual = model.features(sentence.stream().map(CoreLabel::word).toList());
            for (int i = 0; i < sentence.size(); i++, tokens++) {
                for (int clique = 0; clique < 2; clique++) {
                    int[] want = expected[i][clique].clone();
                    Arrays.sort(want);
                    assertThat(actual[i][clique]).as("token " + sentence.get(i).word() + ", clique " + clique)
                            .containsExactly(want);
                }
            }
        }
        assertThat(tokens).isGreaterThan(300);
    }

    @Test
    void sentences_areThoseOfCoreNLPsPlainTextReader() {
        List<List<String>> expected = new ArrayList<>();
        reference.makeObjectBankFromString(TEXT, reference.plainTextReaderAndWriter())
                .forEach(s -> expected.add(s.stream().map(CoreLabel::word).toList()));
        assertThat(NameTagger.sentences(TEXT)).extracting(s -> s.stream().map(CoreLabel::word).toList())
                .isEqualTo(expected);
    }

    @Test
    void isMarkup_isTheTagPatternOfCoreNLPsPlainTextReader() {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("<[^>]*>");
        for (String word : List.of("<p>", "<a href=\"x\">", "<>", "</div>", "<", ">", "<<>", "<a>b>", "<a>>", "a<b>",
                "<a", "a>", "<br/>", "<\n>", "", "word", "<-", "->", "<3")) {
            assertThat(NameTagger.isMarkup(word)).as(word).isEqualTo(tag.matcher(word).matches());
        }
    }

    @Test
    void tag_longText_findsTheSameAcrossItsPieces() {
        String text = (TEXT + "\n").repeat(2 * NameTagger.CHUNK / TEXT.length() + 1);
        assertThat(text.length()).isGreaterThan(2 * NameTagger.CHUNK);
        assertThat(NameTagger.tag(text)).isEqualTo(referenceTags(text));
    }

    @Test
    void tag_isTheSameWhateverWasTaggedBeforeAndOnHowManyThreads() throws Exception {
        List<NameTagger.Tag> alone = NameTagger.tag(TEXT);
        NameTagger.tag("Colour of the organisation: Mr Smith of Smithsonian, smith, SMITH and Smiths in Smithfield.");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<NameTagger.Tag>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> NameTagger.tag(TEXT)));
            }
            for (Future<List<NameTagger.Tag>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void load_keptModel_readsBackTheSameModel(@TempDir Path cache) throws IOException {
        NameModel converted = NameTagger.load(cache);
        List<Path> kept;
        try (Stream<Path> files = Files.list(cache)) {
            kept = files.toList();
        }
        assertThat(kept).hasSize(1);
        NameModel read = NameTagger.load(cache);
        for (List<CoreLabel> sentence : NameTagger.sentences(TEXT)) {
            List<String> words = sentence.stream().map(CoreLabel::word).toList();
            assertThat(read.features(words)).isDeepEqualTo(converted.features(words));
            assertThat(read.labels(words)).containsExactly(converted.labels(words));
        }
    }

    @Test
    void load_damagedKeptModel_isMadeAgain(@TempDir Path cache) throws IOException {
        NameTagger.load(cache);
        Path file;
        try (Stream<Path> files = Files.list(cache)) {
            file = files.findFirst().orElseThrow();
        }
        long size = Files.size(file);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 1000));
        NameModel again = NameTagger.load(cache);
        assertThat(Files.size(file)).isEqualTo(size);
        List<String> words = NameTagger.sentences(TEXT).get(1).stream().map(CoreLabel::word).toList();
        assertThat(again.features(words)).isDeepEqualTo(NameModel.of(reference).features(words));
    }

    @Test
    void tag_emptyAndBlank_findNothing() {
        assertThat(NameTagger.tag("")).isEmpty();
        assertThat(NameTagger.tag(" \n\n\t ")).isEmpty();
    }
}
