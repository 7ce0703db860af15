package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Issues named as a stance's object, made one phrase per issue: lower case, the head in the singular, and terms of
 * one class of {@value #RESOURCE} folded to the class's name ("a comprehensive truce in Ukraine" and "the ceasefire
 * in Ukraine" are both "ceasefire in ukraine"). The classes are general political vocabulary, not a list of the
 * issues there are: any noun phrase is an issue, a known term only merges with its equivalents.
 */
final class Issues {
    private static final String RESOURCE = "issues.tsv";
    /** Articles a term's words may have between them in a text ("end of the war"): its members have none. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Issues BUNDLED = load();
    /** Plurals that are not made of a singular ("talks", "news"), and words ending in s that are singular. */
    private static final Set<String> KEEP_S = Set.of("talks", "news", "arms", "politics", "economics", "means",
            "series", "species", "status", "crisis", "analysis", "basis", "thesis", "us", "gas", "bus", "hostilities",
            "affairs", "forces", "troops", "rights", "elections", "sanctions", "negotiations", "operations",
            "relations", "grounds", "headquarters", "tensions");

    /** Prepositions whose phrase a known term keeps. */
    private static final Set<String> KEPT_COMPLEMENTS = Set.of("in", "of", "for", "with", "between", "against", "over",
            "on");

    /** A class: its name and one of its members as words. */
    private record Term(String name, String[] words) {
    }

    /** Members by their first word, longest first. */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    /** The topic of each class, by the class's name. */
    private final Map<String, String> topics = new HashMap<>();

    static Issues bundled() {
        return BUNDLED;
    }

    /** A known term found at a word: the class's name and how many words the term takes. */
    record Found(String name, int length) {
    }

    /** The known term starting at word {@code w} of {@code folded}, the longest there is, or null. */
    Found termAt(String[] folded, int w, int limit) {
        for (Term t : byFirstWord.getOrDefault(folded[w], List.of())) {
            int i = w;
            int k = 0;
            while (k < t.words().length && i < limit) {
                if (folded[i].equals(t.words()[k])) {
                    k++;
                    i++;
                } else if (k > 0 && ARTICLES.contains(folded[i])) {
                    i++;
                } else {
                    break;
                }
            }
            if (k == t.words().length) {
                return new Found(t.name(), i - w);
            }
        }
        return null;
    }

    private static boolean matches(String[] folded, int w, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!folded[w + i].equals(words[i])) {
                return false;
            }
        }
        return true;
    }


    /**
     * The issue a phrase's words name ({@code words} lower case, determiners and possessors already dropped):
     * the first known term in them stands for its class, with the words after it ("truce in ukraine" ->
     * "ceasefire in ukraine"); else the words with the head (the last word before a preposition) in the singular.
     */
    String normalize(List<String> words) {
        String[] w = words.toArray(String[]::new);
        for (int i = 0; i < w.length; i++) {
            Found f = termAt(w, i, w.length);   // a member's "the" is not among its words
            if (f != null && i >= 2 && StanceWords.PREPOSITIONS.contains(w[i - 1])) {
                // "plan for ending the war": a plan of the matter its complement names, if the terms know one
                String[] joined = (topics.get(f.name()).split(" ")[0] + " " + String.join(" ", Arrays.copyOf(w, i - 1))).split(" ");
                Found whole = termAt(joined, 0, joined.length);
                if (whole != null && whole.length() == joined.length) {
                    return whole.name();
                }
            }
            if (f != null) {
                List<String> out = new ArrayList<>();
                out.add(f.name());
                List<String> rest = Arrays.asList(w).subList(i + f.length(), w.length);
                if (!rest.isEmpty() && KEPT_COMPLEMENTS.contains(rest.get(0))) {
                    out.addAll(rest);   // "ceasefire in ukraine"; not "peace deal to ukraine crisis"
                }
                return String.join(" ", out);
            }
        }
        int head = w.length - 1;
        for (int i = 1; i < w.length; i++) {
            if (StanceWords.PREPOSITIONS.contains(w[i])) {
                head = i - 1;
                break;
            }
        }
        w[head] = singular(w[head]);
        return String.join(" ", w);
    }

    /**
     * The topic of a normalized issue: the topic its class belongs to ("peace process" for "ceasefire in ukraine"),
     * else the topic of a known term its complement names ("plan for ending the war": the end of the war is a step of
     * the peace process), else its head ("plan" of "plan for the region").
     */
    String topic(String issue) {
        String head = head(issue);
        String known = topics.get(head);
        if (known != null) {
            return known;
        }
        String[] w = issue.split(" ");
        for (int i = head.split(" ").length; i < w.length; i++) {
            Found f = termAt(w, i, w.length);
            if (f != null) {
                return topics.get(f.name());   // "plan for ending the war": the matter its complement names
            }
        }
        return head;
    }

    /** The head of a normalized issue: its words before the first preposition ("ceasefire" of "ceasefire in ukraine"). */
    static String head(String issue) {
        String[] w = issue.split(" ");
        StringBuilder sb = new StringBuilder(w[0]);
        for (int i = 1; i < w.length && !StanceWords.PREPOSITIONS.contains(w[i]); i++) {
            sb.append(' ').append(w[i]);
        }
        return sb.toString();
    }

    /** A plural noun in the singular, by its spelling ("negotiations" -> "negotiation", "policies" -> "policy"). */
    static String singular(String word) {
        if (word.length() <= 3 || KEEP_S.contains(word) || !word.endsWith("s") || word.endsWith("ss")
                || word.endsWith("us") || word.endsWith("is") || word.endsWith("'s") || word.endsWith("mas")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    private static Issues load() {
        Issues issues = new Issues();
        for (WordLists.Line line : WordLists.read(RESOURCE, "the issue terms")) {
            String[] f = line.text().split("\t", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + line.number() + ": a name, a topic and members are required");
            }
            issues.topics.put(f[0], f[1]);
            for (String member : f[2].split("\\|")) {
                String[] words = java.util.Arrays.stream(member.strip().toLowerCase(Locale.ROOT).split(" +"))
                        .filter(x -> !ARTICLES.contains(x)).toArray(String[]::new);
                issues.byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(f[0], words));
            }
        }
        issues.byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Term t) -> t.words().length).reversed()));
        return issues;
    }
}
