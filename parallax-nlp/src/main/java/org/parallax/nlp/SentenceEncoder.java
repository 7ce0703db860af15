package org.parallax.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2, the sentence encoder of sentence-transformers, run in-process by ONNX Runtime on the CPU from
 * the model and tokenizer that langchain4j ships inside its jar (no network). Each text gives its word pieces'
 * contextual vectors, how rare each piece is, and the mean vector, all of unit length. The quantized model (int8) is
 * the default: on claims-dev it judges as well as the float one (MRPC F1 0.836 against 0.835, cross-validated) at
 * about a third of the time. Another model of that packaging can be named with {@code -Dparallax.encoder} (its jar
 * on the class path; E5 gets its "query: " prefix, BGE its [CLS] vector) to measure it; the bundled weights are
 * fitted for the default. Refitted for each (cross-validated MRPC supports F1, SummEdits balanced accuracy),
 * E5-small-v2 int8 gives 0.844 and 0.721 at about twice the time a text, BGE-small-en-v1.5 int8 0.836 and 0.686:
 * neither reaches 0.85, and neither is better on SummEdits by more than a few of its 133 pairs. One session per
 * process, one ONNX thread per call, sequential execution: the same text always gives the same vectors, and
 * concurrent callers each use their own thread. Texts longer than {@link #MAX_PIECES} word pieces are cut there (a
 * sentence seldom reaches 60).
 */
final class SentenceEncoder {
    static final String QUANTIZED = "all-minilm-l6-v2-q";
    /** E5-small-v2 (int8): the claim judge's second reader of a sentence's meaning, beside the default. */
    static final String PARAPHRASE = "e5-small-v2-q";
    static final String FLOAT = "all-minilm-l6-v2";
    static final int MAX_PIECES = 256;

    private static final Logger LOG = LoggerFactory.getLogger(SentenceEncoder.class);
    private static final Map<String, SentenceEncoder> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What the encoder makes of one text: its word pieces (without [CLS] and [SEP]), their vectors, how rare each
     * piece is, and the mean of all the model's outputs (the sentence vector of sentence-transformers).
     */
    record Encoded(String[] words, float[][] pieces, float[] rarity, float[] mean) {
    }

    /** The id of the vocabulary's first word ("the"): from there on its pieces stand in order of frequency. */
    static final int FIRST_WORD = 1996;
    /** Past this id the vocabulary holds pieces of other scripts, all rare. */
    static final int LAST_WORD = 29_600;

    private final String name;
    /** What the model wants before each text ("query: " for E5), and how many pieces that makes. */
    private final String prefix;
    private final int prefixPieces;
    private final double sameMeaning;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private SentenceEncoder(String name) {
        this.name = name;
        long started = System.nanoTime();
        ClassLoader loader = SentenceEncoder.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(name + ".onnx");
             InputStream vocabulary = loader.getResourceAsStream(name + "-tokenizer.json")) {
            if (model == null || vocabulary == null) {
                throw new IllegalStateException("the sentence encoder " + name + " is not on the class path (its jar"
                        + " holds " + name + ".onnx and " + name + "-tokenizer.json)");
            }
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("maxLength", String.valueOf(MAX_PIECES + 2),
                    "truncation", "true", "padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence encoder " + name, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence encoder " + name + ": " + e.getMessage(), e);
        }
        prefix = name.startsWith("e5") ? "query: " : "";
        prefixPieces = prefix.isEmpty() ? 0 : tokenizer.encode(prefix).getIds().length - 2;
        sameMeaning = name.startsWith("e5") ? 0.885 : name.startsWith("bge") ? 0.74 : 0.6;
        LOG.info("sentence encoder {} loaded in {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }

    /** The encoder of this process, loaded on first use (about a second). */
    static SentenceEncoder shared() {
        return loaded(System.getProperty("parallax.encoder", QUANTIZED));
    }

    /**
     * E5-small-v2 (int8), loaded on first use: the claim judge weighs its vectors beside the default encoder's when
     * that one leaves it unsure (cross-validated MRPC F1 0.842 with the default's alone, 0.848 with E5's, 0.852 with
     * both).
     */
    static SentenceEncoder paraphrase() {
        return loaded(PARAPHRASE);
    }

    /** The encoder named {@code name}, loaded once per process (callers asking meanwhile wait for it). */
    private static SentenceEncoder loaded(String name) {
        return LOADED.computeIfAbsent(name, SentenceEncoder::new);
    }

    String name() {
        return name;
    }

    /**
     * The cosine of two sentence vectors from which two claims naming the same actors mean the same. Each model
     * spreads its cosines differently (E5's crowd near 1), so the bar is set per model where as many of
     * claims-dev's MRPC sentence pairs reach it as reach all-MiniLM-L6-v2's cosine of 0.6 (about 89%).
     */
    double sameMeaning() {
        return sameMeaning;
    }

    /** The vectors of {@code text}; an empty text gives no pieces and a zero mean. */
    Encoded encode(String text) {
        Encoding encoding = tokenizer.encode(prefix + text);
        long[] ids = encoding.getIds();
        int n = ids.length;
        long[] types = new long[n];
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, 1L);
        float[][] hidden;
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, new long[][] {ids});
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, new long[][] {mask});
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, new long[][] {types});
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            hidden = ((float[][][]) result.get(0).getValue())[0];
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder failed on a text of " + text.length()
                    + " characters: " + e.getMessage(), e);
        }
        int dimension = hidden.length == 0 ? 0 : hidden[0].length;
        float[] mean = new float[dimension];
        for (float[] h : hidden) {
            for (int d = 0; d < dimension; d++) {
                mean[d] += h[d];
            }
        }
        if (name.startsWith("bge") && hidden.length > 0) {
            mean = hidden[0].clone();   // BGE's sentence vector is its [CLS] output
        }
        int first = 1 + prefixPieces;
        int inner = Math.max(0, n - 1 - first);
        String[] tokens = encoding.getTokens();
        String[] words = new String[inner];
        float[][] pieces = new float[inner][];
        float[] rarity = new float[inner];
        for (int i = 0; i < inner; i++) {
            words[i] = tokens[i + first];
            pieces[i] = unit(hidden[i + first].clone());
            rarity[i] = rarity(ids[i + first]);
        }
        return new Encoded(words, pieces, rarity, unit(mean));
    }

    /**
     * How rare a piece is, from its place in the vocabulary, which WordPiece built in order of frequency over general
     * English text (Wikipedia and books): the log of its rank, as an inverse document frequency under Zipf's law
     * ("the" 0.7, "time" 4, "paris" 7, "rigorous" 10). Characters and punctuation before the first word count 1.
     */
    static float rarity(long id) {
        if (id < FIRST_WORD) {
            return 1;
        }
        return (float) Math.log(Math.min(id, LAST_WORD) - FIRST_WORD + 2);
    }

    /** Scales {@code v} to unit length in place (a zero vector stays zero). */
    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
        return v;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
