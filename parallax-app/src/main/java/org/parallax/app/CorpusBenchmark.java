package org.parallax.app;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.parallax.corpus.CorpusIndex;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntities;
import org.parallax.model.Evidence;
import org.parallax.model.PublicationDate;

/**
 * Measures the corpus stage on generated news: events reported by a few to a few dozen articles over a
 * few days, and planted copies (light edits, or a paragraph appended) whose originals are known, so that
 * duplicate detection is scored with precision and recall as well as timed. Each article has a gist of the
 * sentence encoder's length, near that of its event's kind (one of {@value #KINDS}), so that storylines are
 * matched by gists as in a real run; encoding a real gist is a per-article cost, measured by {@code analyze}.
 */
final class CorpusBenchmark {
    private static final String SYLLABLES = "ka,ri,to,ne,mo,sa,lu,vi,de,ran,tel,mor,quin,bas,ul,or,en,ist,ach,por,sel,"
            + "dra,fen,gol,hap,jur,kel,lim,nor,pet";
    private final String[] syllables = SYLLABLES.split(",");
    private final String[] common;
    private final Random random;
    static final int KINDS = 1000;
    private static final int GIST = 384;
    private final float[][] kinds = new float[KINDS][];

    record Result(int articles, double seconds, long liveMiB, double precision, double recall, int stories, int storylines) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-9d %9.1f %9.0f %10d %9.4f %7.4f %9d %10d", articles, seconds,
                    articles / seconds, liveMiB, precision, recall, stories, storylines);
        }
    }

    CorpusBenchmark(long seed) {
        this.random = new Random(seed);
        this.common = new String[3000];
        for (int i = 0; i < common.length; i++) {
            common[i] = word(2 + random.nextInt(2));
        }
        for (int i = 0; i < KINDS; i++) {
            kinds[i] = direction(1);
        }
    }

    /** A random vector of the given length, in a uniformly random direction. */
    private float[] direction(double length) {
        float[] v = new float[GIST];
        for (int i = 0; i < GIST; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return scaled(v, length);
    }

    /** A gist near the kind's: its direction and a random one of 0.8 its length, made a unit vector. */
    private float[] gist(float[] kind) {
        float[] v = direction(0.8);
        for (int i = 0; i < GIST; i++) {
            v[i] += kind[i];
        }
        return scaled(v, 1);
    }

    private static float[] scaled(float[] v, double length) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] *= (float) (length / Math.sqrt(norm));
        }
        return v;
    }

    static String header() {
        return "articles    seconds  articles/s  live MiB  dup prec  dup rec   stories storylines";
    }

    Result run(int count, java.util.function.LongSupplier liveHeap) {
        CorpusIndex index = new CorpusIndex();
        int[] trueOriginal = new int[count];
        java.util.Arrays.fill(trueOriginal, -1);
        String[] recent = new String[256];
        int[] recentIndex = new int[256];
        long truePositives = 0;
        long predicted = 0;
        long planted = 0;
        long started = System.nanoTime();
        long live = 0;
        LocalDate day = LocalDate.of(2020, 1, 1);
        String[] event = eventWords();
        float[] kind = kinds[0];
        int left = 0;
        for (int i = 0; i < count; i++) {
            if (left == 0) {
                event = eventWords();
                kind = kinds[random.nextInt(KINDS)];
                left = clusterSize();
                day = day.plusDays(random.nextInt(2));
            }
            left--;
            String text;
            int pick = random.nextInt(recent.length);
            if (recent[pick] != null && random.nextInt(100) < 5) {
                String original = recent[pick];
                text = random.nextBoolean() ? edit(original) : original + "\n\n" + paragraph(event, 60);
                trueOriginal[i] = recentIndex[pick];
                planted++;
            } else {
                text = paragraph(event, 120 + random.nextInt(200));
            }
            String id = String.format("%016x", i);
            PublicationDate date = new PublicationDate(day.toString(), false, new Evidence(0, 10, day.toString()));
            float[] gist = gist(kind);
            CorpusIndex.Placement p = index.add(new Article(id, "gen", null, title(event), text, date, null, null, null, "en"),
                    ArticleEntities.none(id), () -> gist);
            if (trueOriginal[i] < 0) {
                recent[i % recent.length] = text;
                recentIndex[i % recent.length] = i;
            }
            if (p.duplicateOf() != null) {
                predicted++;
                int claimed = Integer.parseInt(p.duplicateOf(), 16);
                if (trueOriginal[i] == claimed) {
                    truePositives++;
                }
            }
            if (i % 50_000 == 0) {
                live = Math.max(live, liveHeap.getAsLong());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        live = Math.max(live, liveHeap.getAsLong());
        return new Result(count, seconds, live, predicted == 0 ? 1 : (double) truePositives / predicted,
                planted == 0 ? 1 : (double) truePositives / planted, index.stories().size(), index.storylines().size());
    }

    /** Events are reported by 1 to about 40 articles, most by a handful. */
    private int clusterSize() {
        return 1 + (int) Math.min(40, -Math.log(1 - random.nextDouble()) * 5);
    }

    private String[] eventWords() {
        String[] words = new String[12];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(3);
        }
        return words;
    }

    private String title(String[] event) {
        return event[0] + " " + event[1] + " " + common[random.nextInt(common.length)] + " " + event[2];
    }

    private String paragraph(String[] event, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(random.nextInt(6) == 0 ? event[random.nextInt(event.length)] : common[random.nextInt(common.length)]);
            sb.append(i % 20 == 19 ? ". " : " ");
        }
        return sb.toString();
    }

    /** A copy with about one word in thirty changed. */
    private String edit(String text) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(30) == 0) {
                words[i] = common[random.nextInt(common.length)];
            }
        }
        return String.join(" ", words);
    }

    private String word(int parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            sb.append(syllables[random.nextInt(syllables.length)]);
        }
        return sb.toString();
    }
}
