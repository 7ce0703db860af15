package org.parallax.nlp;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Which of several spellings of one name to show: the most used, then the shortest, then the first in order. */
final class Spellings {
    private Spellings() {
    }

    static String preferred(Collection<String> spellings) {
        return preferred(spellings.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())));
    }

    static String preferred(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalArgumentException("no spellings to choose from"));
    }
}
