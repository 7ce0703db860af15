package org.parallax.spark;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.parallax.clean.ChromeProfile;
import org.parallax.metadata.MetadataReader;
import org.parallax.nlp.Annotation;
import org.parallax.nlp.TimeFinder;
import org.parallax.pipeline.Extraction;

/**
 * The stages an executor runs, made once per executor process and shared by its tasks: the annotation stage
 * (whose models load once), and the extraction stage of each job, cleaning with the chrome snapshot the driver
 * broadcast. The stages are the ones {@code parallax analyze} runs; they are pure and thread-safe.
 */
final class ExecutorStages {
    private static Annotation annotation;
    private static TimeFinder times;
    private static final Map<Long, Extraction> EXTRACTIONS = new HashMap<>();

    private ExecutorStages() {
    }

    static synchronized Annotation annotation() {
        if (annotation == null) {
            annotation = new Annotation();
        }
        return annotation;
    }

    static synchronized TimeFinder times() {
        if (times == null) {
            times = new TimeFinder();
        }
        return times;
    }

    /** The extraction stage of the job whose chrome counts were broadcast as {@code broadcast}. */
    static synchronized Extraction extraction(long broadcast, Map<Long, Integer> chrome, Instant now) {
        return EXTRACTIONS.computeIfAbsent(broadcast, b -> new Extraction(ChromeProfile.of(chrome).snapshot(),
                new MetadataReader(Clock.fixed(now, ZoneOffset.UTC))));
    }
}
