package org.parallax.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.IOException;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import org.parallax.model.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's CRF name tagger (the three-class PERSON / ORGANIZATION / LOCATION model trained on the
 * largest English set) behind our types. Text is read as CoreNLP's {@code classifyToCharacterOffsets} reads
 * it (its tokenizer, then its sentence splitter, each sentence labelled on its own) and labelled by
 * {@link NameModel}, which gives the same labels as CoreNLP's classifier several times faster. The model loads
 * once per process, on first use, on {@link #load()} or in the background from {@link #loadInBackground()}:
 * about 2 s to convert CoreNLP's, which is then kept in a cache folder for the next process (0.1-0.3 s to read).
 * Tagging is thread-safe, deterministic (a text's tags never depend on what was tagged before) and linear in
 * the text's length. Measured on quotes-dev (84 news articles, 415 KB, 79,000 tokens) on one warm core:
 * CoreNLP's classifier ~220 KB/s (about 40,000 tokens/s; it also took a lock per lower-case token, so two
 * threads ran slower than one), this tagger ~1.5 MB/s (about 280,000 tokens/s), and ~500 KB/s on its first,
 * cold pass.
 */
final class NameTagger {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** The tokenizer options CoreNLP's plain-text reader uses, with ours after them, as the classifier had them. */
    static final String TOKENIZER_OPTIONS = "tokenizeNLs=false,invertible=true,invertible=true,untokenizable=noneKeep";

    /** A name the tagger found: its class and span. */
    record Tag(EntityType type, int start, int end) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(NameTagger.class);
    private static final TokenizerFactory<CoreLabel> TOKENIZER =
            PTBTokenizer.PTBTokenizerFactory.newCoreLabelTokenizerFactory(TOKENIZER_OPTIONS);
    private static final WordToSentenceProcessor<CoreLabel> SENTENCES =
            new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS);

    private static volatile NameModel model;
    private static final AtomicBoolean LOADING = new AtomicBoolean();

    private NameTagger() {
    }

    /** Loads the model now rather than on first use. */
    static void load() {
        model();
    }

    /**
     * Starts loading the model on a daemon thread and returns: the load (about a second) overlaps whatever the
     * caller does before its first text. A failure is left to the first {@link #tag}, which loads again and throws.
     */
    static void loadInBackground() {
        if (model == null && LOADING.compareAndSet(false, true)) {
            Thread loader = new Thread(() -> {
                try {
                    model();
                } catch (RuntimeException e) {
                    LOADING.set(false);   // reported by the first tag(), which tries again
                }
            }, "parallax-name-model");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** Text is tagged in pieces of about this many characters, cut at line ends: memory stays bounded on huge texts. */
    static final int CHUNK = 8_000;

    static List<Tag> tag(String text) {
        List<Tag> tags = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int to = Math.min(text.length(), from + CHUNK);
            if (to < text.length()) {
                int lineEnd = text.lastIndexOf('\n', to);
                to = lineEnd > from ? lineEnd + 1 : to;
            }
            tagChunk(text, from, to, tags);
            from = to;
        }
        return tags;
    }

    private static void tagChunk(String text, int from, int to, List<Tag> tags) {
        NameModel m = model();
        for (List<CoreLabel> sentence : sentences(text.substring(from, to))) {
            List<String> words = sentence.stream().map(CoreLabel::word).toList();
            int[] labels = m.labels(words);
            int i = 0;
            while (i < labels.length) {
                int j = i + 1;
                while (j < labels.length && labels[j] == labels[i]) {
                    j++;
                }
                EntityType type = labels[i] == m.background() ? null : switch (m.label(labels[i])) {
                    case "PERSON" -> EntityType.PERSON;
                    case "ORGANIZATION" -> EntityType.ORGANIZATION;
                    case "LOCATION" -> EntityType.LOCATION;
                    default -> null;
                };
                int start = from + sentence.get(i).beginPosition();
                int end = from + sentence.get(j - 1).endPosition();
                int newline = text.indexOf('\n', start);
                if (type != null && (newline < 0 || newline >= end)) {   // a name never runs across lines
                    tags.add(new Tag(type, start, end));
                }
                i = j;
            }
        }
    }

    /** The sentences of a text as CoreNLP's plain-text reader makes them: tokens, markup tags dropped, split. */
    static List<List<CoreLabel>> sentences(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (var tokenizer = TOKENIZER.getTokenizer(new StringReader(text)); tokenizer.hasNext(); ) {
            CoreLabel token = tokenizer.next();
            if (!isMarkup(token.word())) {
                tokens.add(token);
            }
        }
        return SENTENCES.process(tokens);
    }

    /**
     * Whether a token is a markup tag, as CoreNLP's plain-text reader drops them ({@code <[^>]*>}): it opens with
     * "&lt;" and its only "&gt;" closes it. Asked of every token, so by its characters rather than a regex.
     */
    static boolean isMarkup(String word) {
        int last = word.length() - 1;
        return last >= 1 && word.charAt(0) == '<' && word.indexOf('>') == last;
    }

    /** CoreNLP's classifier for the model, as the tests compare against it. */
    static CRFClassifier<CoreLabel> classifier() {
        try {
            Properties props = new Properties();
            props.setProperty("tokenizerOptions", "invertible=true,untokenizable=noneKeep");
            return CRFClassifier.getClassifier(MODEL, props);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the CoreNLP name model " + MODEL
                    + " (is stanford-corenlp's models jar on the classpath?)", e);
        }
    }

    private static NameModel model() {
        NameModel m = model;
        if (m == null) {
            synchronized (NameTagger.class) {
                m = model;
                if (m == null) {
                    m = load(cacheFolder());
                    model = m;
                }
            }
        }
        return m;
    }

    /**
     * The model, from its converted form in {@code cache} when one is there for this very model file (about
     * 0.1 s), else converted from CoreNLP's classifier (about 2 s) and kept there for the next process. A cache
     * that cannot be read is made again; one that cannot be written is done without. A null folder: no cache.
     */
    static NameModel load(Path cache) {
        String source = source();
        Path file = cache == null ? null : cache.resolve("name-model-" + NameModel.FORMAT + "-"
                + Integer.toHexString(source.hashCode()) + ".bin");
        if (file != null && Files.isRegularFile(file)) {
            try {
                long started = System.nanoTime();
                NameModel m = NameModel.read(file, source);
                LOG.debug("name model read from {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
                return m;
            } catch (IOException | RuntimeException e) {
                LOG.warn("the kept name model {} cannot be read ({}); converting CoreNLP's again", file, e.getMessage());
            }
        }
        NameModel m = NameModel.of(classifier());
        if (file != null) {
            try {
                m.write(file, source);
                LOG.info("name model kept in {} for faster starts", file);
            } catch (IOException | RuntimeException e) {
                LOG.debug("the name model cannot be kept in {}: {}", file, e.toString());
            }
        }
        return m;
    }

    /**
     * Where converted models are kept: $PARALLAX_CACHE, else $XDG_CACHE_HOME/parallax, else ~/.cache/parallax;
     * "none" keeps nothing.
     */
    static Path cacheFolder() {
        String env = System.getenv("PARALLAX_CACHE");
        if (env != null && !env.isBlank()) {
            return env.equals("none") ? null : Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("parallax");
    }

    /** The model file as its jar describes it (name, size, checksum): a kept conversion must be of this one. */
    static String source() {
        URL url = NameTagger.class.getClassLoader().getResource(MODEL);
        if (url == null) {
            throw new IllegalStateException("the CoreNLP name model " + MODEL
                    + " is missing from the classpath (is stanford-corenlp's models jar there?)");
        }
        try {
            URLConnection c = url.openConnection();
            if (c instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                return MODEL + ", " + entry.getSize() + " bytes, crc " + Long.toHexString(entry.getCrc());
            }
            return MODEL + ", " + c.getContentLengthLong() + " bytes, modified " + c.getLastModified();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CoreNLP name model " + MODEL + " at " + url, e);
        }
    }
}
