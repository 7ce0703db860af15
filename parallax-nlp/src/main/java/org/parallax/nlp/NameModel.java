package org.parallax.nlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AmericanizeFunction;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * CoreNLP's CRF name model applied by our own code: the features its {@code NERFeatureFactory} makes for the
 * flags of {@link NameTagger#MODEL}, looked up in the model's feature index, summed with its weights, and the
 * best label sequence of a sentence found by first-order Viterbi from the background label. The labels equal
 * those of {@code CRFClassifier.classify} (the tests compare both on real text), at a fraction of the cost:
 * what depends on one word alone (its shape, distributional class, character n-grams and the features that
 * name it) is worked out once per distinct word, and no per-token map, feature set or clique tree is built.
 * CoreNLP's own path also takes a lock for every lower-case token, which serialised the threads. Thread-safe.
 */
final class NameModel {
    /** The flags this reading of the model stands for; a model with other features is refused at load. */
    private static final Map<String, Object> FLAGS = Map.ofEntries(Map.entry("useDistSim", true),
            Map.entry("useWord", true), Map.entry("usePrev", true), Map.entry("useNext", true),
            Map.entry("useClassFeature", true), Map.entry("useNGrams", true), Map.entry("noMidNGrams", true),
            Map.entry("maxNGramLeng", 6), Map.entry("useTypeSeqs", true), Map.entry("useTypeSeqs2", true),
            Map.entry("useTypeySequences", true), Map.entry("useLastRealWord", true),
            Map.entry("useNextRealWord", true), Map.entry("useOccurrencePatterns", true),
            Map.entry("useDisjunctive", true), Map.entry("disjunctionWidth", 5), Map.entry("useSequences", true),
            Map.entry("usePrevSequences", true), Map.entry("maxLeft", 1), Map.entry("wordShape", 9),
            Map.entry("numberEquivalenceDistSim", true), Map.entry("casedDistSim", false),
            Map.entry("useInternal", true), Map.entry("useExternal", true), Map.entry("strictGoodCoNLL", false),
            Map.entry("useReverse", false), Map.entry("useTags", false), Map.entry("useTitle", false),
            Map.entry("useTitle2", false), Map.entry("useLC", false), Map.entry("use2W", false),
            Map.entry("useMoreTags", false), Map.entry("useWordPairs", false), Map.entry("useSymTags", false),
            Map.entry("useSymWordPairs", false), Map.entry("useEitherSideWord", false),
            Map.entry("useDisjunctiveShapeInteraction", false), Map.entry("useUndirectedDisjunctive", false),
            Map.entry("useWideDisjunctive", false), Map.entry("useEitherSideDisjunctive", false),
            Map.entry("useDisjShape", false), Map.entry("useGazettes", false), Map.entry("useGazFeatures", false),
            Map.entry("useMoreGazFeatures", false), Map.entry("useNextSequences", false),
            Map.entry("useTypeSeqs3", false), Map.entry("useTaggySequences", false),
            Map.entry("useParenMatching", false), Map.entry("useNeighborNGrams", false),
            Map.entry("useBagOfWords", false), Map.entry("useOrdinal", false), Map.entry("conjoinShapeNGrams", false),
            Map.entry("lowercaseNGrams", false), Map.entry("dehyphenateNGrams", false),
            Map.entry("greekifyNGrams", false), Map.entry("useShapeConjunctions", false),
            Map.entry("useExtraTaggySequences", false), Map.entry("useYetMoreCpCShapes", false),
            Map.entry("noEdgeFeature", false), Map.entry("transitionEdgeOnly", false),
            Map.entry("useEntityTypeSequences", false), Map.entry("useURLSequences", false),
            Map.entry("normalizeTerms", false), Map.entry("normalizeTimex", false), Map.entry("useEmbedding", false),
            Map.entry("maxAdditionalKnownLCWords", 0), Map.entry("labelDictionaryCutoff", -1),
            Map.entry("useShapeStrings", false), Map.entry("useFirstWord", false), Map.entry("useBeginSent", false),
            Map.entry("usePosition", false), Map.entry("useABSTR", false), Map.entry("useMinimalAbbr", false),
            Map.entry("useAbbr", false), Map.entry("useChunks", false), Map.entry("useVB", false),
            Map.entry("usePrevVB", false), Map.entry("useNextVB", false), Map.entry("checkNameList", false),
            Map.entry("useWordTag", false), Map.entry("useNPHead", false), Map.entry("useHeadGov", false),
            Map.entry("useNPGovernor", false), Map.entry("useMUCFeatures", false), Map.entry("useLemmas", false),
            Map.entry("usePrevNextLemmas", false), Map.entry("useUnknown", false), Map.entry("useWEB", false),
            Map.entry("useIsURL", false), Map.entry("useEntityTypes", false), Map.entry("useFREQ", false));

    /** Words either side that the disjunction features name. */
    private static final int DISJUNCTION_WIDTH = 5;
    /** How far the occurrence features look for the same word, as CoreNLP does. */
    private static final int OCCURRENCE_REACH = 150;
    /**
     * Distinct words remembered (about 800 bytes each); past this the memory is cleared, which costs only the
     * time to read the words again: the answers do not depend on it.
     */
    private static final int MAX_WORDS = 100_000;

    /** The version of the file {@link #write} makes; raised whenever what it holds changes. */
    static final int FORMAT = 3;

    /** The model's features by name. */
    private final StringTable features;
    /** Every feature's weights in one array, from {@link #offset}: a node feature's by label, an edge feature's by
     * previous label, then label. */
    private final float[] weights;
    private final int[] offset;
    private final String[] labelNames;
    private final int background;
    private final Function<String, String> wordFunction = new AmericanizeFunction();
    private final Set<String> knownLowerCase;
    /** The distributional class of each word of the model's lexicon, as a number into {@link #classNames}. */
    private final StringTable lexicon;
    private final String[] classNames;
    private final String unknownClass;
    private final Pairs pairs;
    private final int classFeature;
    private final int noOccurrence;
    private final int nextOccurrence;
    private final int previousOccurrence;
    private final int sequence;
    /** The word beyond either end of a sentence, spelt as CoreNLP's padding reads in each feature. */
    private final Word pad;
    private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Part> shapes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Part> classes = new ConcurrentHashMap<>();

    private NameModel(StringTable features, float[] weights, int[] offset, String[] labelNames, int background,
                      Set<String> knownLowerCase, StringTable lexicon, String[] classNames, String unknownClass,
                      Pairs pairs) {
        this.features = features;
        this.weights = weights;
        this.offset = offset;
        this.labelNames = labelNames;
        this.background = background;
        this.knownLowerCase = knownLowerCase;
        this.lexicon = lexicon;
        this.classNames = classNames;
        this.unknownClass = unknownClass;
        this.pairs = pairs;
        this.classFeature = feature("###|C");
        this.noOccurrence = feature("NO-OCCURRENCE-PATTERN|C");
        this.nextOccurrence = feature("X-NEXT-OCCURRENCE-X|C");
        this.previousOccurrence = feature("X-PREV-OCCURRENCE-X|C");
        this.sequence = feature("PSEQ|CpC");
        this.pad = new Word("", false, false, false,
                part("", new int[0], ids("-PW|C"), ids("-NW|C"), new int[0], ids("-PSEQpW|CpC"), new int[0]),
                part("", new int[0], ids("-PTYPE|C"), ids("-NTYPE|C"), new int[0], ids("-PSEQpS|CpC"), ids("null-TNS1|CpC")),
                part("", new int[0], ids("null-PDISTSIM|C"), ids("null-NDISTSIM|C"), new int[0], ids("-PSEQpDS|CpC"), new int[0]),
                feature("-DISJN|C"), feature("-DISJP|C"));
    }

    /** The model of a CoreNLP classifier whose flags are those this reading stands for; refuses any other. */
    @SuppressWarnings("unchecked")
    static NameModel of(CRFClassifier<CoreLabel> crf) {
        SeqClassifierFlags flags = crf.flags;
        for (Map.Entry<String, Object> f : FLAGS.entrySet()) {
            Object value = read(flags, f.getKey());
            if (!f.getValue().equals(value)) {
                throw new IllegalStateException("the name model " + NameTagger.MODEL + " has " + f.getKey() + "="
                        + value + " where this tagger reads its features with " + f.getKey() + "=" + f.getValue());
            }
        }
        if (crf.windowSize != 2 || crf.featureFactories.size() != 1
                || !(crf.featureFactories.get(0) instanceof NERFeatureFactory<?> factory)
                || !(flags.wordFunction instanceof AmericanizeFunction)) {
            throw new IllegalStateException("the name model " + NameTagger.MODEL
                    + " must be a first-order CRF with one NERFeatureFactory and American spellings");
        }
        Index<String> index = (Index<String>) read(crf, "featureIndex");
        StringTable.Builder names = new StringTable.Builder();
        for (int id = 0; id < index.size(); id++) {
            names.add(index.get(id), id);
        }
        StringTable features = names.build();
        Map<String, String> words = (Map<String, String>) read(factory, "lexicon");
        if (words == null) {
            throw new IllegalStateException("the name model " + NameTagger.MODEL + " has no distributional lexicon");
        }
        StringTable.Builder classNumbers = new StringTable.Builder();
        StringTable.Builder lexicon = new StringTable.Builder();
        words.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lexicon.add(e.getKey(), classNumbers.add(e.getValue())));
        StringTable classTable = classNumbers.build();
        String[] classNames = new String[classTable.size()];
        for (int i = 0; i < classNames.length; i++) {
            classNames[classTable.value(i)] = classTable.key(i);
        }
        List<Index<CRFLabel>> cliques = (List<Index<CRFLabel>>) read(crf, "labelIndices");
        int labels = crf.classIndex.size();
        String[] labelNames = new String[labels];
        for (int y = 0; y < labels; y++) {
            labelNames[y] = crf.classIndex.get(y);
        }
        int[] nodeColumn = new int[labels];   // a label's column in the weights of a node feature
        int[][] edgeColumn = new int[labels][labels];   // a pair of labels' column in those of an edge feature
        Arrays.fill(nodeColumn, -1);
        for (int[] row : edgeColumn) {
            Arrays.fill(row, -1);
        }
        for (int k = 0; k < cliques.get(0).size(); k++) {
            nodeColumn[cliques.get(0).get(k).getLabel()[0]] = k;
        }
        for (int k = 0; k < cliques.get(1).size(); k++) {
            int[] pair = cliques.get(1).get(k).getLabel();
            edgeColumn[pair[0]][pair[1]] = k;
        }
        if (Arrays.stream(nodeColumn).anyMatch(k -> k < 0)
                || Arrays.stream(edgeColumn).flatMapToInt(Arrays::stream).anyMatch(k -> k < 0)) {
            throw new IllegalStateException("the name model " + NameTagger.MODEL
                    + " must weigh every label and every pair of labels");
        }
        float[][] rows = (float[][]) read(crf, "weights");
        int[] offset = new int[rows.length];
        float[] weights = new float[Arrays.stream(rows).mapToInt(r -> r.length).sum()];
        for (int f = 0, at = 0; f < rows.length; at += rows[f].length, f++) {
            offset[f] = at;
            if (rows[f].length != labels && rows[f].length != labels * labels) {
                throw new IllegalStateException("the name model " + NameTagger.MODEL + " has a feature of "
                        + rows[f].length + " weights where " + labels + " or " + labels * labels + " were expected");
            }
            for (int p = 0; p < labels; p++) {
                for (int y = 0; y < labels; y++) {
                    if (rows[f].length == labels * labels) {
                        weights[at + p * labels + y] = rows[f][edgeColumn[p][y]];
                    } else if (p == 0) {
                        weights[at + y] = rows[f][nodeColumn[y]];
                    }
                }
            }
        }
        int background = crf.classIndex.indexOf(flags.backgroundSymbol);
        if (background < 0) {
            throw new IllegalStateException("the name model " + NameTagger.MODEL + " has no background label");
        }
        return new NameModel(features, weights, offset, labelNames, background, Set.copyOf(crf.getKnownLCWords()),
                lexicon.build(), classNames, flags.unknownWordDistSimClass, Pairs.of(features));
    }

    /** Keeps the model in a file that {@link #read} loads in a fraction of the time CoreNLP takes. */
    void write(Path file, String source) throws IOException {
        ModelFile.write(file, source, out -> {
            out.ints(new int[] {FORMAT, background, labelNames.length});
            for (String s : labelNames) {
                out.string(s);
            }
            out.string(unknownClass);
            out.floats(weights);
            out.ints(offset);
            features.write(out);
            lexicon.write(out);
            out.ints(new int[] {classNames.length});
            for (String s : classNames) {
                out.string(s);
            }
            StringTable.Builder known = new StringTable.Builder();
            knownLowerCase.stream().sorted().forEach(known::add);
            known.build().write(out);
            pairs.write(out);
        });
    }

    /** The model kept in {@code file} by {@link #write} from {@code source}; fails if the file is not one of it. */
    static NameModel read(Path file, String source) throws IOException {
        ModelFile.In in = ModelFile.read(file, source);
        int[] head = in.ints();
        if (head.length != 3 || head[0] != FORMAT) {
            throw new IOException("the model file " + file + " is of another format than " + FORMAT);
        }
        String[] labelNames = new String[head[2]];
        for (int y = 0; y < labelNames.length; y++) {
            labelNames[y] = in.string();
        }
        String unknownClass = in.string();
        float[] weights = in.floats();
        int[] offset = in.ints();
        StringTable features = StringTable.read(in);
        StringTable lexicon = StringTable.read(in);
        String[] classNames = new String[in.ints()[0]];
        for (int i = 0; i < classNames.length; i++) {
            classNames[i] = in.string();
        }
        StringTable known = StringTable.read(in);
        Set<String> knownLowerCase = new java.util.HashSet<>(known.size() * 2);
        for (int i = 0; i < known.size(); i++) {
            knownLowerCase.add(known.key(i));
        }
        Pairs pairs = Pairs.read(in);
        in.end();
        if (offset.length != features.size() || head[1] < 0 || head[1] >= labelNames.length) {
            throw new IOException("the model file " + file + " does not hold together");
        }
        return new NameModel(features, weights, offset, labelNames, head[1], knownLowerCase, lexicon, classNames,
                unknownClass, pairs);
    }

    /** The label names, by index ("O", "PERSON", ...). */
    String label(int y) {
        return labelNames[y];
    }

    int background() {
        return background;
    }

    /** The best labels of one sentence's tokens (their texts as the tokenizer gives them). */
    int[] labels(List<String> tokens) {
        int n = tokens.size();
        if (n == 0) {
            return new int[0];
        }
        Word[] s = words(tokens);
        int labels = labelNames.length;
        double[][] node = new double[n][];
        double[][] edge = new double[n][];
        Sum sum = new Sum();
        for (int i = 0; i < n; i++) {
            node[i] = new double[labels];
            nodeFeatures(s, i, sum.into(node[i]));
            edge[i] = new double[labels * labels];
            edgeFeatures(s, i, sum.into(edge[i]));
        }
        return viterbi(node, edge);
    }

    /** The feature indices of each token's node (one-label) and edge (two-label) cliques, sorted, for the tests. */
    int[][][] features(List<String> tokens) {
        Word[] s = words(tokens);
        int[][][] out = new int[s.length][2][];
        for (int i = 0; i < s.length; i++) {
            Ids node = new Ids();
            nodeFeatures(s, i, node);
            out[i][0] = node.sorted();
            Ids edge = new Ids();
            edgeFeatures(s, i, edge);
            out[i][1] = edge.sorted();
        }
        return out;
    }

    /** First-order Viterbi from the background label; of equal scores the lower label wins, as in CoreNLP. */
    private int[] viterbi(double[][] node, double[][] edge) {
        int n = node.length;
        int labels = labelNames.length;
        double[][] best = new double[n][labels];
        int[][] from = new int[n][labels];
        for (int y = 0; y < labels; y++) {
            best[0][y] = edge[0][background * labels + y] + node[0][y];
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                int arg = 0;
                double max = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < labels; p++) {
                    double score = best[i - 1][p] + edge[i][p * labels + y];
                    if (score > max) {
                        max = score;
                        arg = p;
                    }
                }
                best[i][y] = max + node[i][y];
                from[i][y] = arg;
            }
        }
        int[] out = new int[n];
        int last = 0;
        for (int y = 1; y < labels; y++) {
            if (best[n - 1][y] > best[n - 1][last]) {
                last = y;
            }
        }
        out[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            out[i - 1] = from[i][out[i]];
        }
        return out;
    }

    private Word[] words(List<String> tokens) {
        Word[] s = new Word[tokens.size()];
        for (int i = 0; i < s.length; i++) {
            String token = tokens.get(i);
            Word w = words.get(token);
            if (w == null) {
                if (words.size() >= MAX_WORDS) {
                    words.clear();
                }
                w = word(token);
                words.putIfAbsent(token, w);
            }
            s[i] = w;
        }
        return s;
    }

    private Word at(Word[] s, int i) {
        return i >= 0 && i < s.length ? s[i] : pad;
    }

    /** The features of the node clique at token i: NERFeatureFactory.featuresC for this model's flags. */
    private void nodeFeatures(Word[] s, int i, Sink out) {
        Word c = s[i];
        Word p = at(s, i - 1);
        Word n = at(s, i + 1);
        out.feature(classFeature);
        out.part(c, Part.NODE);
        out.part(p, Part.NODE_AS_PREVIOUS);
        out.part(n, Part.NODE_AS_NEXT);
        out.feature(pairs.get(Template.PW_CTYPE, p.word.spelling, c.shape.spelling));
        out.feature(pairs.get(Template.NW_CTYPE, c.shape.spelling, n.word.spelling));
        out.feature(pairs.get(Template.PCTYPE, p.shape.spelling, c.shape.spelling));
        out.feature(pairs.get(Template.CNTYPE, c.shape.spelling, n.shape.spelling));
        out.feature(pairs.get(Template.PCNTYPE, p.shape.spelling, c.shape.spelling, n.shape.spelling));
        if (p.text.length() <= 3) {
            out.feature(pairs.get(Template.PPW_CTYPE, at(s, i - 2).word.spelling, c.shape.spelling));
        }
        if (n.text.length() <= 3) {
            out.feature(pairs.get(Template.NNW_CTYPE, at(s, i + 2).word.spelling, c.shape.spelling));
        }
        if (c.nameCase && n.noUpperCase && n.hasLetter && p.hasLetter && i > 0) {
            for (int j = i + 3; j < Math.min(s.length, i + OCCURRENCE_REACH); j++) {
                if (s[j].text.equals(c.text)) {
                    out.feature(nextOccurrence);
                    break;
                }
            }
            for (int j = i - 3; j > Math.max(-1, i - OCCURRENCE_REACH); j--) {
                if (s[j].text.equals(c.text)) {
                    out.feature(previousOccurrence);
                    break;
                }
            }
        } else {
            out.feature(noOccurrence);
        }
        for (int k = 1; k <= DISJUNCTION_WIDTH; k++) {
            out.feature(at(s, i + k).disjunctionNext);
            out.feature(at(s, i - k).disjunctionPrevious);
        }
    }

    /** The features of the edge clique ending at token i: NERFeatureFactory.featuresCpC for this model's flags. */
    private void edgeFeatures(Word[] s, int i, Sink out) {
        Word c = s[i];
        Word p = at(s, i - 1);
        Word n = at(s, i + 1);
        out.feature(sequence);
        out.part(c, Part.EDGE);
        out.part(p, Part.EDGE_AS_PREVIOUS);
        out.part(n, Part.EDGE_AS_NEXT);
        out.feature(pairs.get(Template.PSEQW2, p.word.spelling, c.word.spelling));
        out.feature(pairs.get(Template.PSEQpcDS, p.distSim.spelling, c.distSim.spelling));
        out.feature(pairs.get(Template.TYPES, p.shape.spelling, c.shape.spelling));
    }

    private int feature(String name) {
        return features.get(name);
    }

    /** The index of the feature {@code word + template}, if the model has it, as an array of one or none. */
    private int[] idOf(String word, String template) {
        int id = features.get(word, template);
        return id < 0 ? new int[0] : new int[] {id};
    }

    /** The indices of the features of these names that the model has, each once. */
    private int[] ids(String... names) {
        int[] ids = new int[names.length];
        int k = 0;
        for (String name : names) {
            int id = feature(name);
            if (id >= 0 && !contains(ids, k, id)) {
                ids[k++] = id;
            }
        }
        return k == ids.length ? ids : Arrays.copyOf(ids, k);
    }

    private static boolean contains(int[] ids, int size, int id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return true;
            }
        }
        return false;
    }

    /** A word as the model reads it: its spelling, shape and class, with the features each gives alone. */
    private Word word(String token) {
        String w = wordFunction == null ? token : wordFunction.apply(token);
        String shape = WordShapeClassifier.wordShape(w, WordShapeClassifier.WORDSHAPECHRIS2USELC, knownLowerCase);
        String distSim = distSim(w);
        if (shapes.size() >= MAX_WORDS || classes.size() >= MAX_WORDS) {
            shapes.clear();
            classes.clear();
        }
        Part shapePart = shapes.computeIfAbsent(shape, t -> part(t, ids(t + "-TYPE|C"), ids(t + "-PTYPE|C"),
                ids(t + "-NTYPE|C"), ids(t + "-PSEQcS|CpC", t + "-TPS2|CpC"), ids(t + "-PSEQpS|CpC"), ids(t + "-TNS1|CpC")));
        Part classPart = classes.computeIfAbsent(distSim, t -> part(t, ids(t + "-DISTSIM|C"), ids(t + "-PDISTSIM|C"),
                ids(t + "-NDISTSIM|C"), ids(t + "-PSEQcDS|CpC"), ids(t + "-PSEQpDS|CpC"), new int[0]));
        Part wordPart = part(w, ownFeatures(w), idOf(w, "-PW|C"), idOf(w, "-NW|C"), idOf(w, "-PSEQW|CpC"),
                idOf(w, "-PSEQpW|CpC"), new int[0]);
        boolean upperCase = false;
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            upperCase |= Character.isUpperCase(w.charAt(i));
            letter |= Character.isLetter(w.charAt(i));
        }
        return new Word(w, nameCase(w), !w.isEmpty() && !upperCase, letter, wordPart, shapePart, classPart,
                features.get(w, "-DISJN|C"), features.get(w, "-DISJP|C"));
    }

    /**
     * The word's own node features: the word, and the prefixes and suffixes of "&lt;word&gt;" from two to six
     * characters (NERFeatureFactory's n-grams with noMidNGrams).
     */
    private int[] ownFeatures(String w) {
        String word = '<' + w + '>';
        String[] names = new String[11];
        int k = 0;
        int word0 = features.get(w, "-WORD|C");
        for (int j = 2; j <= Math.min(6, word.length()); j++) {
            names[k++] = '#' + word.substring(0, j) + "#|C";
        }
        for (int i = Math.max(0, word.length() - 6); i < word.length() - 1; i++) {
            names[k++] = '#' + word.substring(i) + "#|C";
        }
        int[] ids = ids(Arrays.copyOf(names, k));
        if (word0 < 0 || contains(ids, ids.length, word0)) {
            return ids;
        }
        int[] all = new int[ids.length + 1];
        all[0] = word0;
        System.arraycopy(ids, 0, all, 1, ids.length);
        return all;
    }

    /** A capital, then no other capital, in two letters or more (NERFeatureFactory's "name case"). */
    private static boolean nameCase(String s) {
        if (s.length() < 2 || !(Character.isUpperCase(s.charAt(0)) || Character.isTitleCase(s.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The distributional class of a word: lower-cased, digits folded, looked up; unknown words in class "0". */
    private String distSim(String word) {
        String key = WordShapeClassifier.wordShape(word.toLowerCase(Locale.ROOT), WordShapeClassifier.WORDSHAPEDIGITS);
        int c = lexicon.get(key);
        return c < 0 ? unknownClass : classNames[c];
    }

    private Part part(String text, int[]... groups) {
        int labels = labelNames.length;
        double[][] sums = new double[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            boolean node = g < Part.EDGE;
            double[] sum = new double[node ? labels : labels * labels];
            for (int id : groups[g]) {
                add(sum, id);
            }
            sums[g] = sum;
        }
        return new Part(text, pairs.spelling(text), groups, sums);
    }

    /** Adds a feature's weights to a node (one value per label) or edge (one per pair of labels) score. */
    private void add(double[] sum, int id) {
        int base = offset[id];
        for (int k = 0; k < sum.length; k++) {
            sum[k] += weights[base + k];
        }
    }

    private static Object read(Object owner, String name) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + name + " of CoreNLP's " + owner.getClass().getName()
                        + " (is stanford-corenlp 4.5.10 on the classpath?)", e);
            }
        }
        throw new IllegalStateException("CoreNLP's " + owner.getClass().getName() + " has no field " + name
                + " (is stanford-corenlp 4.5.10 on the classpath?)");
    }

    /** The features that join two or three spellings (words, shapes, classes): their separator and suffix. */
    private enum Template {
        PW_CTYPE("...", "-PW_CTYPE|C", 2), NW_CTYPE("...", "-NW_CTYPE|C", 2), PPW_CTYPE("...", "-PPW_CTYPE|C", 2),
        NNW_CTYPE("...", "-NNW_CTYPE|C", 2), PCTYPE("...", "-PCTYPE|C", 2), CNTYPE("...", "-CNTYPE|C", 2),
        PCNTYPE("...", "-PCNTYPE|C", 3), PSEQW2("-", "-PSEQW2|CpC", 2), PSEQpcDS("-", "-PSEQpcDS|CpC", 2),
        TYPES("-", "-TYPES|CpC", 2);

        final String separator;
        final String suffix;
        final int arity;

        Template(String separator, String suffix, int arity) {
            this.separator = separator;
            this.suffix = suffix;
            this.arity = arity;
        }
    }

    /**
     * The model's features of each {@link Template}, found by the numbers of their spellings rather than by
     * building their names. A name that splits at its separator in several places is entered under every split:
     * each split spells the same name, so a lookup finds a feature exactly when the joined name is one.
     */
    private static final class Pairs {
        private final StringTable spellings;
        private final LongIntMap[] features;

        private Pairs(StringTable spellings, LongIntMap[] features) {
            this.spellings = spellings;
            this.features = features;
        }

        /** The joined features among the model's. */
        static Pairs of(StringTable names) {
            Map<String, Template> bySuffix = new java.util.HashMap<>();
            for (Template t : Template.values()) {
                bySuffix.put(t.suffix, t);
            }
            Template[] templates = new Template[names.size()];
            int[] counts = new int[Template.values().length];
            for (int e = 0; e < templates.length; e++) {
                String name = names.key(e);
                int dash = name.lastIndexOf('-');
                templates[e] = dash < 0 ? null : bySuffix.get(name.substring(dash));
                if (templates[e] != null) {
                    counts[templates[e].ordinal()]++;
                }
            }
            LongIntMap[] features = new LongIntMap[Template.values().length];
            for (Template t : Template.values()) {
                features[t.ordinal()] = new LongIntMap(counts[t.ordinal()]);
            }
            StringTable.Builder spellings = new StringTable.Builder();
            for (int e = 0; e < templates.length; e++) {
                Template t = templates[e];
                if (t != null) {
                    String name = names.key(e);
                    enter(features[t.ordinal()], spellings, t, name.substring(0, name.length() - t.suffix.length()),
                            names.value(e));
                }
            }
            return new Pairs(spellings.build(), features);
        }

        private static void enter(LongIntMap map, StringTable.Builder spellings, Template t, String body, int id) {
            String sep = t.separator;
            for (int a = body.indexOf(sep); a >= 0; a = body.indexOf(sep, a + 1)) {
                int first = spellings.add(body.substring(0, a));
                String rest = body.substring(a + sep.length());
                if (t.arity == 2) {
                    map.put(key(first, spellings.add(rest), 0), id);
                    continue;
                }
                for (int b = rest.indexOf(sep); b >= 0; b = rest.indexOf(sep, b + 1)) {
                    map.put(key(first, spellings.add(rest.substring(0, b)), spellings.add(rest.substring(b + sep.length()))), id);
                }
            }
        }

        void write(ModelFile.Out out) throws IOException {
            spellings.write(out);
            for (LongIntMap map : features) {
                map.write(out);
            }
        }

        static Pairs read(ModelFile.In in) throws IOException {
            StringTable spellings = StringTable.read(in);
            LongIntMap[] features = new LongIntMap[Template.values().length];
            for (int t = 0; t < features.length; t++) {
                features[t] = LongIntMap.read(in);
            }
            return new Pairs(spellings, features);
        }

        /** The number of a spelling some joined feature uses, or -1. */
        int spelling(String text) {
            return spellings.get(text);
        }

        int get(Template t, int a, int b) {
            return a < 0 || b < 0 ? -1 : features[t.ordinal()].get(key(a, b, 0));
        }

        int get(Template t, int a, int b, int c) {
            return a < 0 || b < 0 || c < 0 ? -1 : features[t.ordinal()].get(key(a, b, c));
        }

        private static long key(int a, int b, int c) {
            return ((long) a << 42) | ((long) b << 21) | c;
        }
    }

    /** A map from long keys to non-negative ints, -1 for absent: open addressing, no boxing. Read-only once built. */
    private static final class LongIntMap {
        private long[] keys;
        private int[] values;
        private int size;

        /** A map sized for about this many keys. */
        LongIntMap(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected + expected / 2)) << 1;   // at most two thirds full
            keys = new long[capacity];
            values = new int[capacity];
            Arrays.fill(values, -1);
        }

        private LongIntMap(long[] keys, int[] values) {
            this.keys = keys;
            this.values = values;
        }

        void write(ModelFile.Out out) throws IOException {
            out.longs(keys);
            out.ints(values);
        }

        static LongIntMap read(ModelFile.In in) throws IOException {
            long[] keys = in.longs();
            int[] values = in.ints();
            if (keys.length != values.length || Integer.bitCount(keys.length) != 1) {
                throw new IOException("a map of the model file is damaged: " + keys.length + " keys, " + values.length + " values");
            }
            return new LongIntMap(keys, values);
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(key, keys.length);
            while (values[i] >= 0 && keys[i] != key) {
                i = (i + 1) & (keys.length - 1);
            }
            if (values[i] < 0) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(long key) {
            int i = slot(key, keys.length);
            while (values[i] >= 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & (keys.length - 1);
            }
            return -1;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(values, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] >= 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (length - 1);
        }
    }

    /**
     * What one word, shape or class contributes to the cliques around it by itself: the feature indices in six
     * groups (the node at it, the node after it, the node before it, the edge into it, the edge after it, the edge
     * before it), and each group's weights summed.
     */
    private static final class Part {
        static final int NODE = 0;
        static final int NODE_AS_PREVIOUS = 1;
        static final int NODE_AS_NEXT = 2;
        static final int EDGE = 3;
        static final int EDGE_AS_PREVIOUS = 4;
        static final int EDGE_AS_NEXT = 5;

        final String text;
        /** The number of the text among the spellings of joined features, or -1. */
        final int spelling;
        final int[][] ids;
        final double[][] sums;

        Part(String text, int spelling, int[][] ids, double[][] sums) {
            this.text = text;
            this.spelling = spelling;
            this.ids = ids;
            this.sums = sums;
        }

        Part withoutSums() {
            return new Part(text, spelling, ids, null);
        }
    }

    /** One distinct token: its spelling after the model's word function, its parts, and their sums together. */
    private static final class Word {
        final String text;
        final boolean nameCase;
        final boolean noUpperCase;
        final boolean hasLetter;
        final Part word;
        final Part shape;
        final Part distSim;
        final int disjunctionNext;
        final int disjunctionPrevious;
        /** Per group, the summed weights of the word's, its shape's and its class's features. */
        final double[][] sums;

        Word(String text, boolean nameCase, boolean noUpperCase, boolean hasLetter, Part word, Part shape, Part distSim,
             int disjunctionNext, int disjunctionPrevious) {
            this.text = text;
            this.nameCase = nameCase;
            this.noUpperCase = noUpperCase;
            this.hasLetter = hasLetter;
            this.word = word.withoutSums();   // its sums are in this word's, and a word is kept long
            this.shape = shape;
            this.distSim = distSim;
            this.disjunctionNext = disjunctionNext;
            this.disjunctionPrevious = disjunctionPrevious;
            this.sums = new double[word.sums.length][];
            for (int g = 0; g < sums.length; g++) {
                sums[g] = word.sums[g].clone();
                for (int k = 0; k < sums[g].length; k++) {
                    sums[g][k] += shape.sums[g][k] + distSim.sums[g][k];
                }
            }
        }
    }

    /** Where the features of one clique go: their indices (for the tests) or their summed weights. */
    private interface Sink {
        void part(Word w, int group);

        void feature(int id);
    }

    /** The indices of one clique's features, each once. */
    private static final class Ids implements Sink {
        private final java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();

        @Override
        public void part(Word w, int group) {
            for (Part p : List.of(w.word, w.shape, w.distSim)) {
                Arrays.stream(p.ids[group]).forEach(ids::add);
            }
        }

        @Override
        public void feature(int id) {
            if (id >= 0) {
                ids.add(id);
            }
        }

        int[] sorted() {
            return ids.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * The summed weights of one clique's features, per label (node) or pair of labels (edge). A feature given
     * twice counts once, as in CoreNLP's feature set: only the disjunction features can repeat (one word twice
     * within reach), the parts of a word, its shape and its class never share a feature.
     */
    private final class Sum implements Sink {
        private double[] total;
        private final int[] seen = new int[32];
        private int seenSize;

        /** Starts summing one clique's features into {@code total}. */
        Sum into(double[] total) {
            this.total = total;
            this.seenSize = 0;
            return this;
        }

        @Override
        public void part(Word w, int group) {
            double[] sum = w.sums[group];
            for (int k = 0; k < sum.length; k++) {
                total[k] += sum[k];
            }
        }

        @Override
        public void feature(int id) {
            if (id < 0) {
                return;
            }
            for (int k = 0; k < seenSize; k++) {
                if (seen[k] == id) {
                    return;
                }
            }
            seen[seenSize++] = id;
            add(total, id);
        }
    }
}
