package org.parallax.nlp;

import static org.parallax.nlp.SpeechWords.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;

/**
 * Finds what an article reports people said, and who said it. Direct quotes are the stretches between quotation
 * marks ({@link QuoteMarks}); reported speech is a clause governed by a speech cue ("said that …", "according to
 * …", "…, said X, a senior official", "…, he said, and …"). Each is attributed from the words around it: the subject
 * of its cue ("Kremlin spokesman Dmitry Peskov said", "…,” he added", "said Peskov"), a medium relaying someone
 * ("CCTV quoted X saying": X speaks, CCTV is the {@code via}), a statement standing for whoever issued it, a role
 * phrase for the person its apposition names or who holds the role (of several, the one named last, close by), a
 * spokesperson named again for the body named first, a pronoun for the last speaker or the nearest fitting name, never
 * an addressee ("he told Mr Xi"). A speaker is a mention of the article's entity layer, or null when it cannot be
 * known. Short quotes with no cue (scare quotes, titles) are not speech. Linear in the text's length;
 * thread-safe.
 */
public final class QuoteFinder {
    /** A speech quote this short needs a cue: without one it is a scare quote or a title. */
    private static final int SHORT_QUOTE_WORDS = 3;
    /** A cue this many words or fewer after a quote is its cue ("…,” the agency's chief spokesman said). */
    private static final int CUE_REACH = 14;
    /** An honorific that tells a person's gender, just before a name or opening it ("Mrs. Clinton"). */
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(".*\\b(Mr|Mrs|Ms|Miss)\\b\\.?\\s+\\p{Lu}.*",
            java.util.regex.Pattern.DOTALL);
    /** How many paragraphs back a pronoun may find its speaker. */
    private static final int PARAGRAPHS_BACK = 3;
    /**
     * How far back, in characters, a sentence start, an antecedent or an issuer is looked for: however long a
     * paragraph, each look costs the same, so the search stays linear in the text's length.
     */
    private static final int REACH = 3000;
    /** Words after which a name is an object: prepositions and verbs of meeting or appeal. */
    private static final Set<String> OBJECT_BEFORE = Set.of("with", "to", "urging", "urged", "calling", "met", "thanked",
            "against", "on", "in", "at", "from", "of", "for", "about", "into", "under", "over", "during");

    /** A party and a state abbreviated after a lawmaker's name ("R-Ariz.", "D-Mass."), in lower case. */
    private static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern.compile("[a-z]-[a-z]{2,5}");

    /** An adjective of a party, a people or a place ("Republican", "Democratic", "Chinese"). */
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("\\p{L}+(?:ic|an|ish|ese|ian)");

    /** Abbreviated titles and the title each stands for ("Sen. Warren" holds the role of a senator). */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.of("sen", "senator", "rep", "representative",
            "gov", "governor", "gen", "general", "lt", "lieutenant", "col", "colonel", "amb", "ambassador",
            "atty", "attorney", "supt", "superintendent");

    /**
     * One of {@link #TITLE_ABBREVIATIONS} right before a name, or opening its mention: read over the eight characters
     * before a mention and its first six ("Gov. Pratt"; in "Lt. Gov. Pratt" the one before the name counts).
     */
    private static final java.util.regex.Pattern ABBREVIATED_TITLE = java.util.regex.Pattern.compile("\\b("
            + String.join("|", new java.util.TreeSet<>(TITLE_ABBREVIATIONS.keySet()).stream()
                    .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1)).toList())
            + ")\\. ?\\p{Lu}[^.]{0,5}$");

    /** The quotes of {@code text}, in text order. */
    public List<Quote> find(String text, List<Sentence> sentences, ArticleEntities entities) {
        return new Run(text, sentences, entities).quotes();
    }

    /** A mention of the entity layer with the kind of entity it names. */
    private record Named(Mention mention, EntityType type) {
        Span span() {
            return new Span(mention.start(), mention.end());
        }
    }

    /** Who said something: the cue, the words naming the source, the speaker's mention and the medium's. */
    private record Attribution(Span cue, Span source, Named speaker, Named via) {
        static final Attribution NONE = new Attribution(null, null, null, null);

        /** Nothing names who said it: no cue, no source words, no speaker. */
        boolean isNone() {
            return cue == null && source == null && speaker == null;
        }
    }

    /** One article's search. */
    private static final class Run {
        private final String text;
        private final int[] wordStart;
        private final int[] wordEnd;
        private final String[] folded;
        private final TreeMap<Integer, Named> mentions = new TreeMap<>();
        private final int[] paragraphStarts;
        private final List<QuoteMarks.Stretch> stretches;
        /** Characters inside quotation marks: a name said inside a quote is not who speaks it. */
        private final java.util.BitSet quoted = new java.util.BitSet();
        /** The last quote's speaker, for "he added". */
        private Named lastSpeaker;
        /** The gender a person's honorifics give, by the start of each of their mentions. */
        private final Map<Integer, Character> gender = new java.util.HashMap<>();
        /** Each person's role words ("senator", "communications", "director"), for the roles the article gives them. */
        private final Map<ArticleEntities.Found, Set<String>> roleWords = new java.util.LinkedHashMap<>();
        /** Where that speaker last spoke. */
        private int lastSpoke;
        /** Persons' mentions by their lower-cased words and by their last word, for names said alone ("PENCE:"). */
        private Map<String, List<Named>> byWords;
        /** Who the last quoted stretches were attributed to, and the paragraph they end in. */
        private Attribution lastQuoted;
        private int lastQuotedParagraph = -1;

        Run(String text, List<Sentence> sentences, ArticleEntities entities) {
            this.text = text;
            List<int[]> words = new ArrayList<>();
            Matcher m = Names.WORD.matcher(text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            wordStart = words.stream().mapToInt(w -> w[0]).toArray();
            wordEnd = words.stream().mapToInt(w -> w[1]).toArray();
            folded = new String[wordStart.length];
            for (int i = 0; i < folded.length; i++) {
                folded[i] = text.substring(wordStart[i], wordEnd[i]).toLowerCase(Locale.ROOT);
            }
            for (ArticleEntities.Found f : entities.entities()) {
                f.mentions().forEach(x -> keep(new Named(x, f.type())));
                f.descriptions().forEach(x -> keep(new Named(x, f.type())));
                if (f.type() == EntityType.PERSON) {
                    Set<String> held = new java.util.HashSet<>();
                    for (ArticleEntities.Role r : f.roles()) {
                        for (String word : (r.text() + " " + r.head()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                            held.add(TITLE_ABBREVIATIONS.getOrDefault(word, word));
                        }
                    }
                    for (Mention x : f.mentions()) {
                        Matcher t = ABBREVIATED_TITLE.matcher(text.substring(Math.max(0, x.start() - 8),
                                Math.min(text.length(), x.start() + 6)));
                        if (t.find()) {
                            held.add(TITLE_ABBREVIATIONS.get(t.group(1).toLowerCase(Locale.ROOT)));   // "Sen. Warren": a senator
                        }
                    }
                    held.removeAll(SMALL_WORDS);
                    if (!held.isEmpty()) {
                        roleWords.put(f, held);
                    }
                    char g = genderOf(f);
                    if (g != 0) {
                        f.mentions().forEach(x -> gender.put(x.start(), g));
                        f.descriptions().forEach(x -> gender.put(x.start(), g));
                    }
                }
            }
            for (ArticleEntities.RoleReference r : entities.references()) {
                keep(new Named(r.mention(), EntityType.PERSON));
            }
            // A name inside a longer one ("Chinese" in "the Chinese President") is not a speaker of its own.
            Named outer = null;
            for (java.util.Iterator<Named> it = mentions.values().iterator(); it.hasNext(); ) {
                Named n = it.next();
                if (outer != null && n.mention().end() <= outer.mention().end()) {
                    it.remove();
                } else {
                    outer = n;
                }
            }
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                    starts.add(i + 1);
                }
            }
            paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            stretches = QuoteMarks.find(text.replace("''", "\"\""));   // two apostrophes: a double mark
            stretches.forEach(q -> quoted.set(q.open(), q.close()));
        }

        /**
         * A person's gender as the article's own honorifics give it ("Mr. Kaine", "Mrs. Clinton"): 'm', 'f', or 0
         * when none is given or they disagree.
         */
        private char genderOf(ArticleEntities.Found f) {
            char g = 0;
            for (Mention m : f.mentions()) {
                Matcher h = HONORIFIC.matcher(text.substring(Math.max(0, m.start() - 6), m.end()));
                if (h.lookingAt()) {
                    char found = h.group(1).equalsIgnoreCase("mr") ? 'm' : 'f';
                    if (g != 0 && g != found) {
                        return 0;
                    }
                    g = found;
                }
            }
            return g;
        }

        /** Keeps the longest mention starting at one place. */
        private void keep(Named n) {
            mentions.merge(n.mention().start(), n, (a, b) -> b.mention().end() > a.mention().end() ? b : a);
        }

        List<Quote> quotes() {
            List<Quote> out = new ArrayList<>();
            int s = 0;
            int reportedFrom = 0;
            while (s < stretches.size()) {
                int groupEnd = s + 1;
                while (groupEnd < stretches.size() && sameSentence(stretches.get(groupEnd - 1), stretches.get(groupEnd))) {
                    groupEnd++;
                }
                List<QuoteMarks.Stretch> group = stretches.subList(s, groupEnd);
                int from = sentenceStart(group.get(0).open(), s == 0 ? 0 : stretches.get(s - 1).close());
                QuoteMarks.Stretch closing = group.get(group.size() - 1);
                int to = closing.closed() && endsWithStop(closing) ? closing.close() : sentenceEnd(closing.close(),
                        groupEnd < stretches.size() ? stretches.get(groupEnd).open() : text.length());
                reported(out, reportedFrom, from);
                List<QuoteMarks.Stretch> said = direct(out, group, from, to);
                if (!isHeadline(group.get(0).open())) {
                    reportedBeside(out, said, from, to);
                }
                reportedFrom = to;
                s = groupEnd;
            }
            reported(out, reportedFrom, text.length());
            out.sort(java.util.Comparator.comparingInt((Quote q) -> q.content().start()).thenComparingInt(q -> q.content().end()));
            return out;
        }

        /**
         * The quotes of one sentence's quoted stretches, all said by whoever its cue names; returns the stretches
         * taken as speech.
         */
        private List<QuoteMarks.Stretch> direct(List<Quote> out, List<QuoteMarks.Stretch> group, int from, int to) {
            List<QuoteMarks.Stretch> said = new ArrayList<>();
            QuoteMarks.Stretch first = group.get(0);
            QuoteMarks.Stretch last = group.get(group.size() - 1);
            boolean headline = isHeadline(first.open());
            Attribution who = Attribution.NONE;
            boolean possessed = false;
            if (!headline) {
                Attribution before = Attribution.NONE;
                for (int i = 0; before.cue() == null && i < group.size(); i++) {
                    int left = i == 0 ? from : group.get(i - 1).close();
                    before = before(left, group.get(i).open(), from);
                }
                Attribution after = after(last.close(), to, from, first.open());
                if (after.speaker() != null && isMedium(after.speaker()) && before.speaker() != null
                        && !isMedium(before.speaker())) {
                    who = new Attribution(before.cue(), before.source(), before.speaker(), after.speaker());
                } else {
                    boolean closing = after.cue() != null && after.speaker() != null && after.source() != null
                            && wordsIn(last.close(), after.source().start()) <= 2 && after.source().start() >= last.close()
                            && !BOUNDARIES.contains(folded[firstWordAt(after.source().start())]);
                    // "X said she felt … because “…,” she said": the cue closing the quote names its speaker.
                    who = closing || before.speaker() == null && after.cue() != null ? after : before;
                    Attribution claimed = closing || before.cue() != null ? null : possessedClaim(from, first.open());
                    who = claimed != null ? claimed : who;
                    possessed = claimed != null;
                }
                if (who.isNone()) {
                    who = positionBefore(from, first.open());
                }
                if (who.speaker() == null && who.source() == null) {
                    for (int i = 0; i < group.size() && who.speaker() == null && who.source() == null; i++) {
                        // "After saying her foot was “so swollen,” she was “whisked off”": the subject after its quote
                        Attribution opening = openingParticiple(from, first.open(), group.get(i).close(), to);
                        who = opening.isNone() ? who : opening;
                    }
                }
                if (who.isNone()) {
                    who = characterization(from, first);
                }
                if (who.isNone()) {
                    who = signed(last.close());
                }
                if (who.isNone()) {
                    who = introduced(first, from);
                }
                if (who.isNone() && lastQuoted != null && paragraphOf(first.open()) == lastQuotedParagraph) {
                    // "“A,” said Seel. “B.”": the next quote of the paragraph is the same speaker's.
                    who = new Attribution(null, lastQuoted.source(), lastQuoted.speaker(), lastQuoted.via());
                }
                if (who.isNone()) {
                    who = continued(first, from, wordsIn(first.contentStart(), first.contentEnd()));
                }
            }
            Attribution shared = who;
            Attribution spoken = null;
            for (int i = 0; i < group.size(); i++) {
                QuoteMarks.Stretch q = group.get(i);
                if (!headline && group.size() > 1) {
                    // Each quote of the sentence with a cue of its own keeps it: "“A,” Blige sings, before asking,
                    // “B”", "…, some said, and one blogger asked, “…”"; the others share the sentence's.
                    Attribution own = before(i == 0 ? from : group.get(i - 1).close(), q.open(), from);
                    if (own.speaker() == null && own.source() == null) {
                        own = after(q.close(), i + 1 < group.size() ? group.get(i + 1).open() : to, from, first.open());
                    }
                    who = own.speaker() != null || own.source() != null ? own : shared;
                    Span verb = i == 0 ? null : verbBetween(group.get(i - 1).close(), q.open());
                    if (who == shared && verb != null && shared.source() != null) {
                        // "tweeted that she was “disgusting” and encouraged Americans to “check out” …": the same
                        // speaker, but a verb of its own.
                        who = new Attribution(verb, shared.source(), shared.speaker(), shared.via());
                    }
                }
                int words = wordsIn(q.contentStart(), q.contentEnd());
                boolean speech = (!titleLike(q) || who.cue() != null && characterized(q)) && (who.cue() != null || who.speaker() != null
                        || words > SHORT_QUOTE_WORDS);
                if (speech || headline && words > 1) {
                    int end = q.contentEnd();
                    while (end > q.contentStart() + 1 && ",;".indexOf(text.charAt(end - 1)) >= 0) {
                        end--;
                    }
                    out.add(new Quote(new Span(q.contentStart(), end), true, headline, who.cue(),
                            who.source(), span(who.speaker()), span(who.via())));
                    said.add(q);
                    spoken = who;
                }
            }
            // The next quote carries on from the last one said, not from a title after it ("… show “Today”").
            who = spoken != null ? spoken : who;
            if (who.speaker() != null) {
                lastSpeaker = who.speaker();
                lastSpoke = first.open();
            }
            // A claim someone owns ("his comment that … “…”") is not a quote the next one of the paragraph goes on from.
            lastQuoted = who.isNone() || possessed ? null : who;
            lastQuotedParagraph = paragraphOf(last.close() - 1);
            return said;
        }

        /** Reported speech in the sentences of {@code [from, to)}, which hold no quotation marks. */
        private void reported(List<Quote> out, int from, int to) {
            int w = firstWordAt(from);
            while (w < wordStart.length && wordStart[w] < to) {
                int end = sentenceEnd(wordEnd[w], to);
                int start = wordStart[w];
                for (int at = start; at < end && !isHeadline(start); ) {
                    Quote q = reportedIn(at, start, end);
                    if (q == null) {
                        break;
                    }
                    out.add(q);
                    at = Math.max(q.content().end(), q.cue().end());   // a sentence may report more than one thing
                }
                int next = firstWordAt(end);
                w = next > w ? next : w + 1;
            }
        }

        /** The last cue or verb of a position between two quotes of one sentence, or null. */
        private Span verbBetween(int from, int to) {
            for (int c = firstWordAt(to) - 1; c >= firstWordAt(from); c--) {
                if ((isCue(c) || POSITIONS.contains(folded[c])) && !Character.isUpperCase(text.charAt(wordStart[c]))) {
                    return new Span(wordStart[c], wordEnd[c]);
                }
            }
            return null;
        }

        /**
         * Reported speech in a sentence {@code [from, to)} that also holds quoted stretches, of which {@code group}
         * were taken as speech: a frame whose words end
         * at a clause break before the first quote it reaches ("X said the talks failed, adding, “…”"). A frame
         * that runs into a quote is that quote's, and the direct quote stands for it; a name or title in marks
         * that is not speech ("the star nicknamed “King James”") leaves the frame whole.
         */
        private void reportedBeside(List<Quote> out, List<QuoteMarks.Stretch> group, int from, int to) {
            for (int at = from; at < to; ) {
                Quote q = reportedIn(at, from, to);
                if (q == null) {
                    return;
                }
                at = Math.max(q.content().end(), q.cue().end());
                Span content = beforeQuotes(q.content(), group);
                if (content != null && wordsIn(content.start(), content.end()) >= 4) {
                    out.add(new Quote(content, false, false, q.cue(), q.source(), q.speaker(), q.via()));
                }
            }
        }

        /** The words of {@code content} before the first quoted stretch in it, when a clause break parts them; or null. */
        private Span beforeQuotes(Span content, List<QuoteMarks.Stretch> group) {
            int w = firstWordAt(content.start());
            if (PREPOSITIONS.contains(folded[w]) || BOUNDARIES.contains(folded[w]) || folded[w].equals("as")) {
                return null;   // "said in an interview, “…”": an adverbial, not what was said
            }
            for (QuoteMarks.Stretch q : group) {
                if (q.open() >= content.end() && text.substring(content.end(), q.open()).isBlank()) {
                    return null;   // "called them “deplorables”": the words run on into the quote
                }
                if (q.close() <= content.start() || q.open() >= content.end()) {
                    continue;
                }
                if (q.open() <= content.start()) {
                    return null;
                }
                Span cut = trimmed(content.start(), q.open());
                if (cut == null || !hasBreak(cut.end(), q.open())) {
                    return null;
                }
                return cut;
            }
            return content;
        }

        private boolean hasBreak(int from, int to) {
            for (int i = from; i < to; i++) {
                if (",;:—–".indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The first speech frame of a sentence from {@code at} on: "X said (that) …", "…, X said", "according to X,
         * …", or a position taken ("X criticized the plan", "X urged Congress to act").
         */
        private Quote reportedIn(int at, int start, int end) {
            int first = firstWordAt(at);
            int last = firstWordAt(end);
            for (int c = first; c < last; c++) {
                if (CLAIMS.contains(folded[c]) && c > first && c + 2 < last && folded[c + 1].equals("that")
                        && endsInApostropheS(folded[c - 1], 3)) {
                    // "Trump's claim that …": the possessor claims it.
                    Span owner = new Span(wordStart[c - 1], wordEnd[c - 1] - 2);
                    Named named = mentions.floorEntry(owner.start()) == null ? null : mentions.floorEntry(owner.start()).getValue();
                    Named speaker = named != null && named.mention().end() >= owner.end() - 1 && named.mention().start() <= owner.start()
                            ? named : byName(owner);
                    Quote q = quote(trimmed(wordStart[c + 2], end), new Attribution(new Span(wordStart[c], wordEnd[c]), owner,
                            speaker, null));
                    if (q != null) {
                        return q;
                    }
                }
                if (quoted.get(wordStart[c])) {
                    continue;   // words said inside a quote are not the frame of the sentence reporting it
                }
                boolean position = (POSITIONS.contains(folded[c]) || topical(c, last) || intent(c, last))
                        && !Character.isUpperCase(text.charAt(wordStart[c]));
                if (!position && (!isCue(c) || folded[c].equals("saying") && !participle(c) || folded[c].equals("quoted"))) {
                    continue;
                }
                if (folded[c].equals("according")) {
                    if (c + 1 >= last || !folded[c + 1].equals("to")) {
                        continue;
                    }
                    int npEnd = clauseEnd(c + 2, last);
                    Attribution who = subject(wordStart[c + 2], npEnd, new Span(wordStart[c], wordEnd[c + 1]));
                    Span content = wordStart[c] <= start + 1 ? trimmed(npEnd, end) : trimmed(at, wordStart[c]);
                    Quote q = quote(content, who);
                    if (q != null) {
                        return q;
                    }
                    continue;
                }
                if (position) {
                    Quote q = position(c, start, last, end);
                    if (q != null) {
                        return q;
                    }
                    continue;
                }
                int subjectStart = subjectStart(c, start);
                Span cue = new Span(wordStart[c], wordEnd[c]);
                if (subjectStart < 0 && c > first && SAYING.contains(folded[c]) && gap(c - 1).contains(",")
                        && !stopsAfter(c - 1)) {
                    Quote q = inverted(c, at, last);
                    if (q != null) {
                        return q;
                    }
                    continue;
                }
                int before = auxiliariesBefore(c) - 1;
                Attribution who;
                Attribution relative = folded[c].endsWith("ing") ? null : relative(c, start, cue);
                if (relative != null) {
                    who = relative;
                    subjectStart = relative.source().start();
                } else if (subjectStart < 0 && participle(c)) {
                    // "Perdue said he did not believe it, arguing that …": the subject of the frame before it speaks.
                    who = Attribution.NONE;
                    for (int e = c - 1; e >= firstWordAt(Math.max(start, wordStart[c] - REACH)) && who.source() == null; e--) {
                        int earlier = isCue(e) && !participle(e) ? subjectStart(e, start) : -1;
                        if (earlier >= 0) {
                            who = subject(earlier, wordStart[auxiliariesBefore(e)], cue);
                        }
                    }
                    if (who.source() == null) {
                        who = sentenceSubject(withoutLeadingPhrase(start, wordStart[c]), wordStart[c]);
                        who = new Attribution(cue, who.source(), who.speaker(), null);
                    }
                    subjectStart = who.source() == null ? -1 : who.source().start();
                } else if (subjectStart < 0 && before >= first && (folded[before].equals("and") || folded[before].equals("but"))) {
                    // "Merrill says Machado will go on and said she would …": the verb shares the sentence's subject,
                    // or the relative pronoun's of a relative clause it ends.
                    Attribution relativeClause = relativeClause(before, start, cue);
                    Attribution opening = relativeClause != null ? relativeClause
                            : sentenceSubject(withoutLeadingPhrase(start, wordStart[before]), wordStart[before]);
                    who = new Attribution(cue, opening.source(), opening.speaker(), null);
                    subjectStart = opening.source() == null ? -1 : opening.source().start();
                } else {
                    who = subjectStart < 0 ? Attribution.NONE : subject(subjectStart, wordStart[auxiliariesBefore(c)], cue);
                    int and = subjectStart < 0 ? -1 : firstWordAt(subjectStart) - 1;
                    if (who.source() == null && and > first && folded[and].equals("and")) {
                        // "Experts on North Korea and nuclear arms said": the subject runs on past its "and".
                        int joined = subjectStart(and, start);
                        Attribution both = joined < 0 ? who : subject(joined, wordStart[auxiliariesBefore(c)], cue);
                        if (both.source() != null) {
                            who = both;
                            subjectStart = joined;
                        }
                    }
                }
                if (subjectStart < 0) {
                    continue;
                }
                if (who.source() == null) {
                    continue;
                }
                Span content = contentAfter(c, last, end);
                Span closed = precededByComma(subjectStart, start) && closesClause(c, last)
                        ? clauseBefore(at, commaBefore(subjectStart)) : null;
                if (closed != null) {
                    content = closed;   // "…, he said, and …": what was said is the clause before the cue
                } else if (content == null || wordsIn(content.start(), content.end()) < 4) {
                    boolean closing = c + 1 >= last || PREPOSITIONS.contains(folded[c + 1]);
                    content = closing && precededByComma(subjectStart, start) && wordsIn(wordEnd[c], end) <= 5
                            ? trimmed(start, commaBefore(subjectStart)) : null;
                }
                Quote q = content == null ? null : quote(content, who);
                if (q != null) {
                    return q;
                }
            }
            return null;
        }

        /**
         * Reported speech whose cue comes after it, before its subject: "…, said Tom Berg, a senior official", "…,
         * said one source in the room": the clause before the cue, said by the name or noun phrase right after it;
         * null when no source follows the cue up to the next break, or a verb or "that" does (not "…, said the plan
         * was …").
         */
        private Quote inverted(int c, int at, int last) {
            int w = c + 1;
            if (w >= last || !Character.isUpperCase(text.charAt(wordStart[w])) && !DETERMINERS.contains(folded[w])
                    && !mentions.containsKey(wordStart[w])) {
                return null;
            }
            for (int i = w; i < last && i < w + 12; i++) {
                if (i > w && (stopsAfter(i - 1) || gap(i - 1).contains(","))) {
                    break;
                }
                if (folded[i].equals("that") || isCue(i) || AUXILIARIES.contains(folded[i]) && !folded[i].equals("also")) {
                    return null;
                }
            }
            Attribution who = subject(wordEnd[c], clauseEnd(w, last), new Span(wordStart[c], wordEnd[c]));
            Span content = who.source() == null ? null : clauseBefore(at, commaBefore(wordStart[c]));
            return content == null ? null : quote(content, who);
        }

        /**
         * Whether the cue at word {@code c} closes the clause before it: the sentence ends within a few words after it,
         * or breaks at a comma before a conjunction or a participle ("…, he said, and …", "…, lawmakers said Friday,
         * as they …"); not when "that" follows it.
         */
        private boolean closesClause(int c, int last) {
            for (int i = c; i < last && i < c + 5; i++) {
                if (i > c && (folded[i].equals("that") || isCue(i))) {
                    return false;
                }
                if (i + 1 >= last || stopsAfter(i)) {
                    return i + 1 >= last || gap(i).matches("[.!?]+\\s+");   // not a quote or a colon after the cue
                }
                if (gap(i).contains(",")) {
                    String next = folded[i + 1];
                    return BOUNDARIES.contains(next) && !next.equals("that") || next.equals("as") || next.endsWith("ing");
                }
            }
            return false;
        }

        /** The clause from {@code from} to a comma at {@code comma}, when it can be what was said: four words or more, not an opening phrase. */
        private Span clauseBefore(int from, int comma) {
            Span content = comma <= from ? null : trimmed(withoutLeadingPhrase(from, comma), comma);
            if (content == null || wordsIn(content.start(), content.end()) < 4) {
                return null;
            }
            int w = firstWordAt(content.start());
            for (int i = w; i + 1 < firstWordAt(content.end()); i++) {
                if (stopsAfter(i)) {
                    return null;   // "LOS ANGELES (UPI) — In a clip …": a dateline, not a clause
                }
            }
            // "Speaking at a rally in Ohio, Berg said": an opening phrase, not what was said
            return PREPOSITIONS.contains(folded[w]) || BOUNDARIES.contains(folded[w]) || folded[w].equals("as")
                    || folded[w].endsWith("ing") ? null : content;
        }

        /**
         * A position a named actor takes, reported with a verb that is not speech ("Graham criticized the party's
         * record", "Clinton urged Congress to act"): its object up to the end of the clause. Only a name or a
         * pronoun standing for one can take it.
         */
        private Quote position(int c, int start, int last, int end) {
            Attribution who = c + 1 < last ? holder(c, start) : null;
            if (who == null) {
                return null;
            }
            int w = c + 1;
            if (topical(c, last)) {
                while (!TOPIC_PREPOSITIONS.contains(folded[w])) {
                    w++;
                }
                w++;
            } else if (Set.of("on", "for", "that").contains(folded[w]) && w + 1 < last || intent(c, last)) {
                w++;
            }
            int stop = end;
            for (int i = w + 1; i < last; i++) {
                String gap = gap(i - 1);
                if (stops(i - 1, gap) || gap.contains(",") || folded[i].equals("and") || folded[i].equals("but")) {
                    stop = wordEnd[i - 1];
                    break;
                }
            }
            Span content = trimmed(wordStart[w], stop);
            if (content == null || wordsIn(content.start(), content.end()) < 2) {
                return null;
            }
            return new Quote(content, false, false, who.cue(), who.source(), span(who.speaker()), span(who.via()));
        }

        /** A stance of mind with its clause: "agreed that …", "wants to …", "declined to …". */
        private boolean intent(int c, int last) {
            return INTENTS.contains(folded[c]) && c + 2 < last && (folded[c + 1].equals("to") || folded[c + 1].equals("that"))
                    && !stopsAfter(c);
        }

        /**
         * Whether the verb at word {@code c} speaks of a topic, named after a preposition: "spoke about X", "called
         * for X", "railed against X", or a concern voiced over it ("expressed deep concern about X").
         */
        private boolean topical(int c, int last) {
            if (TOPICAL.contains(folded[c])) {
                return c + 2 < last && TOPIC_PREPOSITIONS.contains(folded[c + 1]) && !stopsAfter(c);
            }
            if (!VOICED.contains(folded[c])) {
                return false;
            }
            for (int i = c + 1; i < Math.min(last - 1, c + 5); i++) {
                if (stopsAfter(i - 1) || gap(i - 1).contains(",")) {
                    return false;
                }
                if (TOPIC_PREPOSITIONS.contains(folded[i])) {
                    return i > c + 1;
                }
            }
            return false;
        }

        /**
         * Who takes the position the verb at word {@code c} reports, going back no further than {@code floor}: the
         * named subject of an active verb ("Graham criticized"), not of a passive one ("has been questioned"); or
         * null.
         */
        private Attribution holder(int c, int floor) {
            int subjectStart = subjectStart(c, floor);
            if (subjectStart < 0 && participle(c)) {
                // "Boehner chided Obama on Friday, accusing the president of …": the clause's actor holds it.
                Named actor = firstActor(sentenceStart(wordStart[c], floor), wordStart[c]);
                return actor == null ? null : acting(actor, new Span(wordStart[c], wordEnd[c]));
            }
            if (subjectStart < 0) {
                return null;
            }
            int first = firstWordAt(subjectStart);
            if (PREPOSITIONS.contains(folded[first]) && first + 1 < auxiliariesBefore(c)) {
                subjectStart = wordStart[first + 1];   // "With Democratic leaders worried about …": the leaders are
            }
            for (int i = auxiliariesBefore(c); i < c; i++) {
                if (Set.of("been", "be", "being", "is", "was", "were", "are").contains(folded[i]) && !folded[c].endsWith("ing")) {
                    return null;   // "has been questioned": the subject is who the position is about, not who holds it
                }
            }
            Attribution who = subject(subjectStart, wordStart[auxiliariesBefore(c)], new Span(wordStart[c], wordEnd[c]));
            return who.speaker() == null && (who.source() == null || !group(who.source())) ? null : who;
        }

        /**
         * Who a quote that no speech cue introduces is the words of, when it stands in the object of a position
         * taken before it in its sentence: "Christie blasted Clinton as a “disgrace”", "he called for “a fair deal”".
         */
        private Attribution positionBefore(int from, int to) {
            int first = firstWordAt(from);
            for (int c = firstWordAt(to) - 1; c >= first; c--) {
                int last = firstWordAt(to) + 1;
                if (text.substring(wordEnd[c], to).contains(":")) {
                    return Attribution.NONE;   // "With X worried about …, Obama rolls out a message: “…”": another clause's
                }
                if ((POSITIONS.contains(folded[c]) || intent(c, last) || topical(c, last))
                        && !Character.isUpperCase(text.charAt(wordStart[c])) && !passiveWithAgent(c)) {
                    Attribution who = holder(c, from);
                    return who == null ? Attribution.NONE : who;
                }
            }
            return Attribution.NONE;
        }

        private Quote quote(Span found, Attribution who) {
            Span content = found != null && who.cue() != null && found.start() > who.cue().end() ? untilNextFrame(found) : found;
            if (content == null || wordsIn(content.start(), content.end()) < 4) {
                return null;
            }
            if (who.speaker() != null) {
                lastSpeaker = who.speaker();
                lastSpoke = content.start();
            }
            return new Quote(content, false, false, who.cue(), who.source(), span(who.speaker()), span(who.via()));
        }

        /**
         * Reported words up to where the sentence reports something else: "… to work, but she acknowledged that …",
         * "X says A and said B". The next frame is found from there.
         */
        private Span untilNextFrame(Span content) {
            int first = firstWordAt(content.start());
            int last = firstWordAt(content.end());
            for (int c = first + 2; c < last; c++) {
                if (isCue(c) && participle(c) && !quoted.get(wordStart[c])) {
                    Span cut = trimmed(content.start(), wordStart[c]);   // "…, arguing that …": a frame of its own
                    return cut == null ? content : cut;
                }
                boolean speech = SAYING.contains(folded[c]) || POSITIONS.contains(folded[c])
                        && Character.isUpperCase(text.charAt(wordStart[Math.max(first, c - 1)]));
                if (!isCue(c) && !POSITIONS.contains(folded[c]) || !speech || quoted.get(wordStart[c])) {
                    continue;
                }
                int before = auxiliariesBefore(c) - 1;
                if (before > first && (folded[before].equals("and") || folded[before].equals("but"))) {
                    Span cut = trimmed(content.start(), wordStart[before]);
                    return cut == null ? content : cut;
                }
                int subject = subjectStart(c, content.start());
                int k = subject < 0 ? -1 : firstWordAt(subject) - 1;
                if (k > first && (Set.of("and", "but", "while", "although", "though").contains(folded[k])
                        || text.substring(wordEnd[k], subject).contains(","))) {
                    boolean conjunction = !text.substring(wordEnd[k], subject).contains(",");
                    Span cut = trimmed(content.start(), conjunction ? wordStart[k] : subject);
                    return cut == null ? content : cut;
                }
            }
            return content;
        }

        /** Cues that report a question or what someone told, in a clause opening with a question word. */
        private static final Set<String> QUESTIONING = Set.of("asked", "asks", "asking", "wondered", "wonders", "told",
                "tells", "telling", "explained", "explains");
        private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "how", "why", "what", "when", "where");

        /** A cue in -ing set off by a comma, speaking for the clause before it: "…, adding that", "…, arguing". */
        private boolean participle(int c) {
            return c > 0 && folded[c].endsWith("ing") && gap(c - 1).contains(",")
                    && !stopsAfter(c - 1);
        }

        /** What follows a cue at word {@code c}: past "that", an addressee ("told reporters that") and adverbials. */
        private Span contentAfter(int c, int last, int end) {
            int w = c + 1;
            int reach = ADDRESSED.contains(folded[c]) ? 10 : SAYING.contains(folded[c]) ? 1 : 3;
            int that = -1;
            for (int i = w; i < Math.min(last, w + reach) && that < 0; i++) {
                if (folded[i].equals("that")) {
                    that = i;
                }
            }
            boolean passive = false;
            for (int i = auxiliariesBefore(c); i < c; i++) {
                passive |= Set.of("was", "were", "is", "are", "been", "being", "be").contains(folded[i]);
            }
            for (int i = w; that < 0 && !passive && QUESTIONING.contains(folded[c]) && i + 1 < Math.min(last, w + reach); i++) {
                if (stopsAfter(i - 1) || quoted.get(wordStart[i]) || folded[i].equals("to")) {
                    break;   // "was asked how": whom the question was put to; "told them to find out how": an order
                }
                if (QUESTION_WORDS.contains(folded[i])) {
                    return trimmed(wordStart[i], end);   // "asked whether …", "told reporters how …": the question is said
                }
            }
            boolean aside = w < last && (PREPOSITIONS.contains(folded[w]) || LEADING_WHEN.matcher(text).region(wordStart[w], end).lookingAt()
                    || text.substring(wordEnd[c], wordStart[w]).contains(","));
            for (int i = w + 1; that < 0 && aside && i < Math.min(last, w + 9); i++) {
                // "insisted in June that", "said in an interview on Tuesday that", "cautioned, as did X, that"
                if (stopsAfter(i - 1) || quoted.get(wordStart[i])) {
                    break;
                }
                if (folded[i].equals("that")) {
                    that = i;
                }
            }
            if (that >= 0) {
                w = that + 1;
            } else if (!SAYING.contains(folded[c]) || ADDRESSED.contains(folded[c])) {
                return null;   // "told reporters", "confirmed the plan": an object, not what was said
            } else if (w < last && Set.of("on", "in", "at", "during").contains(folded[w])) {
                // "said on Tuesday, …": the content starts after the adverbial's comma.
                int limit = Math.min(end, wordEnd[Math.min(last - 1, w + 4)]);
                for (int i = wordEnd[c]; i < limit; i++) {
                    if (text.charAt(i) == ',') {
                        w = firstWordAt(i);
                        break;
                    }
                }
            }
            if (w >= last || that < 0 && !SAYS.contains(folded[c]) && !opensClause(w)) {
                return null;
            }
            return trimmed(wordStart[w], end);
        }

        /**
         * Whether word {@code w} can open a reported clause: a name, a pronoun or a determiner, not the bare object
         * of a verb that also means something else ("added extra ferries", "claimed responsibility", "vowed to").
         */
        private boolean opensClause(int w) {
            char first = text.charAt(wordStart[w]);
            return Character.isUpperCase(first) || Character.isDigit(first) || DETERMINERS.contains(folded[w])
                    || PRONOUNS.contains(folded[w]) || Set.of("there", "no", "none", "all", "each",
            "every").contains(folded[w]);
        }

        /**
         * Who a cue right after a quote names: "…,” he said", "…,” said Peskov", "…, the agency Belta reported".
         * {@code sentenceFrom} and {@code quoteStart} bound the sentence's subject, for a medium that reports it.
         */
        private Attribution after(int from, int to, int sentenceFrom, int quoteStart) {
            int w = firstWordAt(from);
            int last = firstWordAt(to);
            Named first = w < wordStart.length ? mentions.get(wordStart[w]) : null;
            if (first != null && first.type() == EntityType.PERSON && first.mention().end() < text.length()
                    && text.charAt(first.mention().end()) == ',') {
                // "“…,” Malkia Cyril, the executive director of the center who also features in the film, said."
                for (int c = firstWordAt(first.mention().end()); c < Math.min(last, w + 3 * CUE_REACH); c++) {
                    if (isCue(c) && SAYING.contains(folded[c])) {
                        return new Attribution(new Span(wordStart[c], wordEnd[c]), first.span(), first, null);
                    }
                }
            }
            for (int c = w; c < Math.min(last, w + CUE_REACH); c++) {
                if (!isCue(c) || folded[c].equals("that")) {
                    continue;
                }
                Span cue = new Span(wordStart[c], wordEnd[c]);
                if (folded[c].equals("according") && c + 1 < last && folded[c + 1].equals("to")) {
                    return relayed(subject(wordStart[c + 2], clauseEnd(c + 2, last), cue), sentenceFrom, quoteStart);
                }
                if (c == w) {
                    // "…,” noting that the campaign …": what follows "that" is what was noted, not who noted it
                    return c + 1 < last && !folded[c + 1].equals("that") ? subject(wordEnd[c], clauseEnd(c + 1, last), cue)
                            : Attribution.NONE;
                }
                int end = wordStart[auxiliariesBefore(c)];
                if (end <= wordStart[w] || hasBoundary(w, auxiliariesBefore(c))) {
                    return Attribution.NONE;
                }
                return relayed(subject(wordStart[w], end, cue), sentenceFrom, quoteStart);
            }
            return Attribution.NONE;
        }

        /** Who a cue before a quote names: "Peskov said, “…", "CCTV quoted X saying, “…", "Xi added that “…". */
        private Attribution before(int from, int to, int sentenceFrom) {
            int first = firstWordAt(from);
            int last = firstWordAt(to);
            for (int c = last - 1; c >= first; c--) {
                if (!isCue(c) || passiveWithAgent(c)) {
                    continue;   // "the interactions described by the White House": the noun before it says nothing
                }
                Span cue = new Span(wordStart[c], wordEnd[c]);
                if (folded[c].equals("according")) {
                    if (c + 1 < last && folded[c + 1].equals("to")) {
                        return subject(wordStart[c + 2], clauseEnd(c + 2, last), cue);
                    }
                    continue;
                }
                if (folded[c].equals("quoted")) {
                    continue;
                }
                Attribution relative = folded[c].endsWith("ing") ? null : relative(c, Math.min(sentenceFrom, from), cue);
                if (relative != null) {
                    return relative;
                }
                int subjectStart = subjectStart(c, Math.min(sentenceFrom, from));
                Attribution raised = subjectStart < 0 ? infinitive(c, Math.min(sentenceFrom, from), cue) : null;
                if (raised != null) {
                    return raised;
                }
                int joined = auxiliariesBefore(c) - 1;
                if (folded[c].endsWith("ing") && joined >= 0 && (text.substring(wordEnd[joined], wordStart[c]).contains(",")
                        || Set.of("by", "after", "before", "while", "when").contains(folded[joined]))) {
                    subjectStart = -1;   // "attacked X in Libya, saying …", "responded by saying …": the sentence's subject
                }
                boolean shared = subjectStart < 0 && joined >= 0 && (folded[joined].equals("and") || folded[joined].equals("but"));
                if (subjectStart >= 0 && subject(subjectStart, wordStart[auxiliariesBefore(c)], cue).source() == null
                        && folded[c].endsWith("ing")) {
                    subjectStart = -1;   // "began by saying …": the sentence's subject speaks
                }
                Attribution relativeClause = shared ? relativeClause(joined, Math.min(sentenceFrom, from), cue) : null;
                if (relativeClause != null) {
                    return relativeClause;
                }
                if (subjectStart < 0 && (folded[c].endsWith("ing") || shared)) {
                    // "The committee came out against it, stating, “…”": the sentence's subject speaks; "the mayor
                    // said, adding that …": the subject of the cue before it.
                    for (int e = c - 1; e >= firstWordAt(sentenceFrom); e--) {
                        int earlier = isCue(e) ? subjectStart(e, sentenceFrom) : -1;
                        if (earlier >= 0) {
                            Attribution who = subject(earlier, wordStart[auxiliariesBefore(e)], cue);
                            if (who.source() != null) {
                                return who;
                            }
                        }
                    }
                    Named actor = firstActor(sentenceFrom, wordStart[c]);
                    if (actor != null) {
                        return acting(actor, cue);
                    }
                    Attribution opening = sentenceSubject(withoutLeadingPhrase(sentenceFrom, wordStart[c]), wordStart[c]);
                    if (opening.source() != null) {
                        return new Attribution(cue, opening.source(), opening.speaker(), null);
                    }
                }
                if (subjectStart < 0) {
                    continue;
                }
                Attribution who = subject(subjectStart, wordStart[auxiliariesBefore(c)], cue);
                int and = firstWordAt(subjectStart) - 1;
                if (who.source() == null && and > first && folded[and].equals("and")) {
                    // "the former secretary of state and current nominee said": the subject runs on past its "and".
                    int runsOn = subjectStart(and, Math.min(sentenceFrom, from));
                    Attribution both = runsOn < 0 ? who : subject(runsOn, wordStart[auxiliariesBefore(c)], cue);
                    who = both.source() != null ? both : who;
                }
                if (who.source() != null && PRONOUNS.contains(withoutApostropheS(folded[firstWordAt(who.source().start())]))) {
                    // "Clinton says she admired what she calls “…”": the pronoun of a reported clause is its speaker.
                    Attribution matrix = matrixSpeaker(c, Math.min(sentenceFrom, from));
                    if (matrix != null) {
                        return matrix;
                    }
                }
                int q = firstWordAt(subjectStart) - 1;
                if (q >= first && folded[q].equals("quoted")) {
                    Named medium = head(sentenceFrom, wordStart[q]);
                    who = new Attribution(who.cue(), who.source(), who.speaker(), medium);
                }
                return who;
            }
            return Attribution.NONE;
        }

        /** A cue in the past participle followed by its agent ("described by X", "was reported by X"). */
        private boolean passiveWithAgent(int c) {
            return c + 1 < wordStart.length && folded[c].endsWith("ed") && folded[c + 1].equals("by") && !stopsAfter(c);
        }

        /** A quote signed after a dash at the end of its line: "“…” ― Carla Sanchez". */
        private Attribution signed(int close) {
            int i = close;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
                i++;
            }
            if (i >= text.length() || "―—–-".indexOf(text.charAt(i)) < 0) {
                return Attribution.NONE;
            }
            int lineEnd = text.indexOf('\n', i);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (lineEnd - i > 80) {
                return Attribution.NONE;
            }
            Span source = trimmed(i + 1, lineEnd);
            if (source == null || !Character.isUpperCase(text.charAt(source.start()))) {
                return Attribution.NONE;
            }
            Named head = head(source.start(), source.end());
            return new Attribution(null, source, head != null ? head : byName(source), null);
        }

        /**
         * A quote whose paragraph a cue introduced, the paragraph before ending in a colon ("He said:"); or a line
         * of a transcript, "PENCE: Well, look, …".
         */
        private Attribution introduced(QuoteMarks.Stretch q, int sentenceFrom) {
            int paragraph = paragraphOf(q.open());
            if (q.open() != paragraphStarts[paragraph]) {
                int colon = q.open() - 1;
                while (colon > sentenceFrom && Character.isWhitespace(text.charAt(colon))) {
                    colon--;
                }
                // "The piece used her words as its headline: “…”": the sentence's subject introduced it.
                if (colon <= sentenceFrom || text.charAt(colon) != ':') {
                    return Attribution.NONE;
                }
                Attribution subject = sentenceSubject(withoutLeadingPhrase(sentenceFrom, colon), colon);
                Named actor = subject.isNone() ? firstActor(sentenceFrom, colon) : null;
                // "With leaders worried about …, President Obama is rolling out a message: “…”": the clause's actor
                return actor != null ? acting(actor, null) : subject;
            }
            int w = firstWordAt(q.contentStart());
            int n = 0;
            while (w + n < wordStart.length && n < 3 && isAllCapitals(w + n)) {
                n++;
            }
            if (n > 0 && wordEnd[w + n - 1] < text.length() && text.charAt(wordEnd[w + n - 1]) == ':') {
                Span source = new Span(wordStart[w], wordEnd[w + n - 1]);
                return new Attribution(null, source, byName(source), null);
            }
            if (paragraph == 0) {
                return Attribution.NONE;
            }
            int end = paragraphStarts[paragraph] - 1;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= 0 || text.charAt(end - 1) != ':') {
                return Attribution.NONE;
            }
            int start = paragraphStarts[paragraphOf(end - 1)];
            int sentence = sentenceStart(end - 1, start);
            Attribution cued = before(sentence, end - 1, sentence);
            // "A post on the site offers this commentary:" — no cue, but the sentence's subject introduces it.
            return cued.isNone() ? sentenceSubject(withoutLeadingPhrase(sentence, end - 1), end - 1) : cued;
        }

        /** Where a sentence's subject starts, past an opening phrase set off by a comma ("Over at the site, a post"). */
        private int withoutLeadingPhrase(int from, int to) {
            int w = firstWordAt(from);
            if (w + 1 < wordStart.length && wordStart[w + 1] < to && gap(w).startsWith(",")
                    && !mentions.containsKey(wordStart[w])) {
                return wordStart[w + 1];   // "Earlier, Weiner …"
            }
            if (w < wordStart.length && PREPOSITIONS.contains(folded[w]) || w < wordStart.length && folded[w].equals("over")) {
                for (int i = w + 1; i < wordStart.length && wordStart[i] < to && i < w + 8; i++) {
                    if (gap(i - 1).contains(",") && !Character.isDigit(text.charAt(wordStart[i]))) {
                        return wordStart[i];   // past "On July 6, 2015," to the subject
                    }
                }
            }
            return from;
        }

        /** The subject a sentence opens with: its determiners and names, and one common noun ("The piece"). */
        private Attribution sentenceSubject(int from, int to) {
            int w = firstWordAt(from);
            if (w >= wordStart.length || PREPOSITIONS.contains(folded[w]) || BOUNDARIES.contains(folded[w])) {
                return Attribution.NONE;   // "After saying …, she was": the subject comes later
            }
            if (PRONOUNS.contains(folded[w])) {
                return wordEnd[w] <= to ? subject(wordStart[w], wordEnd[w], null) : Attribution.NONE;
            }
            int end = w;
            while (end < wordStart.length && wordStart[end] < to && end - w < 6) {
                boolean capital = Character.isUpperCase(text.charAt(wordStart[end]));
                if (!capital && !DETERMINERS.contains(folded[end])) {
                    end++;   // the head noun, or a title word before it ("The communications pro")
                    if (Names.isTitleWord(folded[end - 1]) && end < wordStart.length && wordStart[end] < to
                            && gap(end - 1).equals(" ") && nounAfterTitle(end)) {
                        end++;
                    }
                    break;
                }
                end++;
            }
            if (end == w || wordEnd[end - 1] > to) {
                return Attribution.NONE;
            }
            return subject(wordStart[w], wordEnd[end - 1], null);
        }

        /** Whether word {@code w}, after a title word, goes on with the noun it qualifies rather than a verb. */
        private boolean nounAfterTitle(int w) {
            String word = folded[w];
            return Character.isLowerCase(text.charAt(wordStart[w])) && !AUXILIARIES.contains(word) && !CUES.contains(word)
                    && !POSITIONS.contains(word) && !BOUNDARIES.contains(word) && !PREPOSITIONS.contains(word)
                    && !word.endsWith("ed") && !word.endsWith("s") && !DETERMINERS.contains(word) && !PRONOUNS.contains(word);
        }

        private boolean isAllCapitals(int w) {
            String word = text.substring(wordStart[w], wordEnd[w]);
            return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
        }

        /** A person the article names whose name ends with these words ("PENCE", "Blige"): their mention, or null. */
        private Named byName(Span source) {
            if (byWords == null) {   // built on first need: each name's full words and its last word, one pass
                byWords = new java.util.HashMap<>();
                for (Named n : mentions.values()) {
                    if (n.type() == EntityType.PERSON) {
                        String name = n.mention().text().toLowerCase(Locale.ROOT);
                        byWords.computeIfAbsent(name, k -> new ArrayList<>()).add(n);
                        int space = name.lastIndexOf(' ');
                        if (space > 0) {
                            byWords.computeIfAbsent(name.substring(space + 1), k -> new ArrayList<>()).add(n);
                        }
                    }
                }
            }
            Named found = null;
            for (Named n : byWords.getOrDefault(source.of(text).toLowerCase(Locale.ROOT), List.of())) {
                if (found != null && !found.mention().text().equalsIgnoreCase(n.mention().text())) {
                    return null;   // two people of that name: not known which
                }
                found = found == null ? n : found;
            }
            return found;
        }

        /**
         * The speaker of "say" or "tell" in the infinitive after a verb of its subject: "She went on to say that …",
         * "he was quick to tell reporters": the subject of that verb, when it names someone; else null. Not after a verb of address or
         * of a position ("urged him to say"), whose object would speak.
         */
        private Attribution infinitive(int c, int floor, Span cue) {
            int to = auxiliariesBefore(c) - 1;
            if (!folded[c].equals("say") && !folded[c].equals("tell") || to < 1 || !folded[to].equals("to") || stopsAfter(to - 1)) {
                return null;
            }
            int v = Set.of("on", "up", "out").contains(folded[to - 1]) ? to - 2 : to - 1;
            if (v < 0 || wordStart[v] < floor || Character.isUpperCase(text.charAt(wordStart[v])) || mentions.containsKey(wordStart[v])
                    || POSITIONS.contains(folded[v]) || ADDRESSED.contains(folded[v]) || PRONOUNS.contains(folded[v])
                    || text.substring(wordEnd[v], wordStart[to]).contains(",")) {
                return null;
            }
            int start = subjectStart(v, floor);
            Attribution who = start < 0 ? null : subject(start, wordStart[auxiliariesBefore(v)], cue);
            return who != null && who.speaker() != null ? who : null;
        }

        /**
         * The speaker of a cue in a relative clause: "McConnell, now the majority leader, who in 2010 said …",
         * "Scalia, who wrote that …": "who" is the source, the name it follows (past an apposition) the speaker; so is
         * "which" after a body's name; null when the cue's subject is no such word or it follows no name.
         */
        private Attribution relative(int c, int floor, Span cue) {
            int w = auxiliariesBefore(c) - 1;
            int k = w;
            while (k > 0 && w - k < 4 && !folded[k].equals("who") && !BOUNDARIES.contains(folded[k]) && !isCue(k)
                    && !mentions.containsKey(wordStart[k]) && !PRONOUNS.contains(folded[k])
                    && !stopsAfter(k - 1) && !gap(k - 1).contains(",")) {
                k--;
            }
            return antecedent(k, floor, cue);
        }

        /**
         * The speaker of a cue joined by "and" or "but" to a verb of a relative clause ("the government of X, which
         * welcomed it but said …"): the one "who" or "which" stands for, not the sentence's subject; null when the cue
         * is in no relative clause, {@link Attribution#NONE} when it is but stands for nobody named.
         */
        private Attribution relativeClause(int joined, int floor, Span cue) {
            for (int k = joined - 1; k > 0 && joined - k < 25 && wordStart[k] >= floor && !gap(k).contains(","); k--) {
                if (folded[k].equals("who") || folded[k].equals("which")) {
                    if (!gap(k - 1).contains(",")) {
                        return null;   // "a statement in which he apologized and said": the clause has its own subject
                    }
                    Attribution who = antecedent(k, floor, cue);
                    return who == null ? Attribution.NONE : who;
                }
                if (BOUNDARIES.contains(folded[k])) {
                    break;
                }
            }
            return null;
        }

        /** Whom the relative pronoun at {@code k} stands for: the name before it, or null. */
        private Attribution antecedent(int k, int floor, Span cue) {
            boolean which = k >= 1 && folded[k].equals("which");
            if (k < 1 || !folded[k].equals("who") && !which || wordStart[k - 1] < floor) {
                return null;
            }
            String gap = gap(k - 1);
            if (stops(k - 1, gap) && !gap.startsWith(")")) {
                return null;
            }
            Map.Entry<Integer, Named> e = mentions.floorEntry(wordStart[k - 1]);
            Named n = e != null && e.getValue().mention().end() == wordEnd[k - 1] ? e.getValue() : null;
            if (n == null && gap.contains(",")) {
                int start = appositionBefore(k - 1, floor);
                n = start < 0 ? null : mentions.get(start);
            }
            if (n == null || n.type() == EntityType.LOCATION || isMedium(n) || which && n.type() == EntityType.PERSON
                    && !ofPerson(n)) {
                return null;   // "which" stands for a body ("the union, a group of pilots, which said"), not a person
            }
            return new Attribution(cue, new Span(wordStart[k], wordEnd[k]), n, null);
        }

        /**
         * Whether a person's name closes a body's phrase ("the government of Ukrainian President X", "the office of
         * X"), so that "which" after it stands for the body the person leads.
         */
        private boolean ofPerson(Named n) {
            int w = firstWordAt(n.mention().start()) - 1;
            for (int titles = 0; w > 0 && titles < 3 && Character.isUpperCase(text.charAt(wordStart[w])); titles++) {
                w--;
            }
            return w > 0 && folded[w].equals("of") && Character.isLowerCase(text.charAt(wordStart[w - 1]))
                    && !gap(w - 1).contains(",");
        }

        /** The named subject of an earlier speech cue of the sentence than word {@code c}, or null. */
        private Attribution matrixSpeaker(int c, int sentenceFrom) {
            for (int e = firstWordAt(sentenceFrom); e < c; e++) {
                if (isCue(e) && SAYING.contains(folded[e])) {
                    int start = subjectStart(e, sentenceFrom);
                    if (start >= 0) {
                        Attribution who = subject(start, wordStart[auxiliariesBefore(e)], new Span(wordStart[e], wordEnd[e]));
                        if (who.speaker() != null && !PRONOUNS.contains(folded[firstWordAt(who.source().start())])) {
                            return who;
                        }
                    }
                }
            }
            return null;
        }

        /**
         * Who owns the claim a quote stands in: "his comment that Obama subscribed to a “phony theology”", "Axelrod's
         * comment that they are under a “reign of terror”": the possessor of a noun of a claim before "that", with no
         * speech cue between it and the quote; or null.
         */
        private Attribution possessedClaim(int from, int open) {
            int first = firstWordAt(from);
            for (int c = firstWordAt(open) - 2; c > first; c--) {
                if (isCue(c) && !CLAIMS.contains(folded[c])) {
                    return null;
                }
                if (!CLAIMS.contains(folded[c]) || !folded[c + 1].equals("that")) {
                    continue;
                }
                int p = c - 1;
                while (p > first && c - p <= 2 && !endsInApostropheS(folded[p], 3) && !POSSESSIVES.containsKey(folded[p])
                        && !Character.isUpperCase(text.charAt(wordStart[p]))) {
                    p--;   // "his recent comment"
                }
                Span cue = new Span(wordStart[c], wordEnd[c]);
                if (POSSESSIVES.containsKey(folded[p])) {
                    Named owner = antecedent(POSSESSIVES.get(folded[p]), wordStart[p]);
                    return owner == null ? null : new Attribution(cue, new Span(wordStart[p], wordEnd[p]), owner, null);
                }
                if (!endsInApostropheS(folded[p], 3)) {
                    return null;
                }
                Map.Entry<Integer, Named> e = mentions.floorEntry(wordStart[p]);
                Named owner = e == null ? null : e.getValue();
                if (owner == null || owner.mention().end() < wordEnd[p] - 2 || owner.type() == EntityType.LOCATION) {
                    return null;
                }
                return new Attribution(cue, owner.span(), owner, null);
            }
            return null;
        }

        /** Possessive pronouns and the pronoun each stands for. */
        private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she", "its", "it", "their", "they");

        /** Whether a quote stands after "as" ("hailed him as “The Comeback Kid”"): what someone called something. */
        private boolean characterized(QuoteMarks.Stretch q) {
            int w = firstWordAt(q.open()) - 1;
            if (w >= 0 && DETERMINERS.contains(folded[w]) && !text.substring(wordEnd[w], q.open()).contains(",")) {
                w--;
            }
            return w >= 0 && folded[w].equals("as") && wordEnd[w] <= q.open() && !stops(w, text.substring(wordEnd[w], q.open()));
        }

        /**
         * Who characterizes someone in a quote: "Reid has gone after Trump as a “human leech”", "pounding Trump as a
         * “con artist”": a name right before "as", and before it the actor of the sentence who is not an object.
         */
        private Attribution characterization(int from, QuoteMarks.Stretch q) {
            if (!characterized(q)) {
                return Attribution.NONE;
            }
            int as = firstWordAt(q.open()) - 1;
            while (as >= 0 && !folded[as].equals("as")) {
                as--;
            }
            Map.Entry<Integer, Named> named = as < 1 ? null : mentions.floorEntry(wordStart[as - 1]);
            if (named == null || named.getValue().mention().end() != wordEnd[as - 1] || named.getKey() <= from) {
                return namingVerb(from, as);
            }
            int verb = firstWordAt(named.getKey()) - 1;
            if (verb < 0 || Character.isUpperCase(text.charAt(wordStart[verb])) || PREPOSITIONS.contains(folded[verb])
                    && !folded[verb].equals("after")) {
                return Attribution.NONE;
            }
            Named actor = firstActor(from, wordStart[verb]);
            return actor == null ? Attribution.NONE : acting(actor, new Span(wordStart[verb], wordEnd[verb]));
        }

        /**
         * Who names something as a quote says, with a verb of naming a few words before "as": "Weiner referred to a
         * reporter as a “jackass”", "she described the plan as “reckless”": the verb's subject, or the sentence's
         * actor for a participle; none when no name or pronoun stands there.
         */
        private Attribution namingVerb(int from, int as) {
            int first = firstWordAt(from);
            for (int v = as - 1; v >= first && v >= as - 8; v--) {
                if (stopsAfter(v)) {
                    return Attribution.NONE;
                }
                boolean naming = NAMING.contains(folded[v]) || POSITIONS.contains(folded[v]);
                if (!naming || Character.isUpperCase(text.charAt(wordStart[v]))) {
                    continue;
                }
                Attribution who = holder(v, from);
                int start = who == null ? subjectStart(v, from) : -1;
                if (start >= 0) {
                    who = subject(start, wordStart[auxiliariesBefore(v)], new Span(wordStart[v], wordEnd[v]));   // "PolitiFact rated"
                }
                return who == null || who.speaker() == null && who.source() == null ? Attribution.NONE : who;
            }
            return Attribution.NONE;
        }

        /** Verbs of naming something as something ("referred to it as", "portrayed him as"). */
        private static final Set<String> NAMING = Set.of("referred", "refers", "referring", "portrayed", "portrays",
                "portraying", "depicted", "depicts", "cast", "casts", "framed", "frames", "identified", "identifies",
                "rated", "rates", "rating", "deemed", "deems", "regarded", "regards", "classified", "classifies", "call");

        /**
         * Who speaks in a sentence that opens with a participle of speech or of a position, the quote inside it
         * ("After saying her foot was “so swollen,” she was …", "Bemoaning the “phony system,” Trump accused …"): the
         * subject right after the quote, a name or a pronoun.
         */
        private Attribution openingParticiple(int from, int open, int close, int to) {
            int w = firstWordAt(from);
            if (w < wordStart.length && Set.of("after", "before", "while", "by", "in", "upon").contains(folded[w])) {
                w++;
            }
            if (w >= wordStart.length || wordStart[w] >= open || !folded[w].endsWith("ing")
                    || !CUES.contains(folded[w]) && !POSITIONS.contains(folded[w])) {
                return Attribution.NONE;
            }
            int s = firstWordAt(close);
            if (s >= wordStart.length || wordStart[s] >= to || !text.substring(close, wordStart[s]).isBlank()
                    && !text.substring(close, wordStart[s]).strip().equals(",")) {
                return Attribution.NONE;
            }
            Named named = mentions.get(wordStart[s]);
            Span cue = new Span(wordStart[w], wordEnd[w]);
            if (named != null && named.type() != EntityType.LOCATION) {
                return new Attribution(cue, named.span(), named, null);
            }
            if (PRONOUNS.contains(folded[s])) {
                return subject(wordStart[s], wordEnd[s], cue);
            }
            return Attribution.NONE;
        }

        /** A quote opening its paragraph with no cue carries on from a quote that ended the paragraph before. */
        private Attribution continued(QuoteMarks.Stretch q, int sentenceFrom, int words) {
            int paragraph = paragraphOf(q.open());
            if (q.open() == paragraphStarts[paragraph] && paragraph > 0 && lastSpeaker != null
                    && paragraphOf(lastSpoke) >= paragraph - PARAGRAPHS_BACK) {
                return new Attribution(null, null, lastSpeaker, null);
            }
            if (q.open() == sentenceFrom && lastSpeaker != null && lastSpoke < q.open() && paragraphOf(lastSpoke) == paragraph) {
                // "Lenahan says he sees a bigger issue. “There is …”": the speaker of the sentence before goes on.
                return new Attribution(null, null, lastSpeaker, null);
            }
            if (words <= SHORT_QUOTE_WORDS) {
                return Attribution.NONE;
            }
            int w = firstWordAt(sentenceFrom);
            for (int i = w; i < Math.min(w + 3, wordStart.length) && wordStart[i] < q.open(); i++) {
                Named n = mentions.get(wordStart[i]);
                if (n != null && n.type() != EntityType.LOCATION) {
                    return new Attribution(null, n.span(), n, null);
                }
            }
            return Attribution.NONE;
        }

        /**
         * The speaker a subject {@code [from, to)} of a cue names: its head name; a pronoun's antecedent; the issuer
         * of a statement; or none, keeping the words ("a source").
         */
        private Attribution subject(int from, int to, Span cue) {
            int first = firstWordAt(from);
            if (first + 1 < wordStart.length && folded[first].equals("as") && wordStart[first + 1] < to) {
                from = wordStart[first + 1];   // "as a memo put it"
            }
            Span source = withoutWhen(trimmed(withoutLeadingPhrase(from, to), to));
            if (source == null) {
                return new Attribution(cue, null, null, null);
            }
            int end = firstWordAt(source.end()) - 1;
            if (end > firstWordAt(source.start()) && PRONOUNS.contains(folded[end])
                    && gap(end - 1).equals(" ") && !PREPOSITIONS.contains(folded[end - 1])
                    && !Set.of("and", "or", "nor").contains(folded[end - 1]) && !Character.isUpperCase(text.charAt(wordStart[end - 1]))) {
                source = new Span(wordStart[end], wordEnd[end]);   // "but even now at 86 she says": the pronoun
            }
            Named issuing = issuerWithin(source);
            if (issuing != null) {
                return new Attribution(cue, source, issuing, null);
            }
            Named head = head(source.start(), source.end());
            if (head != null) {
                Span group = groupOf(head, source.end());
                return group != null ? new Attribution(cue, group, null, null) : new Attribution(cue, source, head, null);
            }
            int w = firstWordAt(source.start());
            int last = firstWordAt(source.end());
            if (w >= last || !Character.isUpperCase(text.charAt(wordStart[w])) && !DETERMINERS.contains(folded[w])
                    && !PRONOUNS.contains(folded[w]) && !Character.isDigit(text.charAt(wordStart[w])) && !isPlural(last - 1)) {
                return new Attribution(cue, null, null, null);
            }
            String pronoun = withoutApostropheS(folded[w]);
            if (last - w == 1 && PRONOUNS.contains(pronoun)) {
                return new Attribution(cue, source, antecedent(pronoun, source.start()), null);
            }
            for (int i = w; i < last; i++) {
                if (DOCUMENTS.contains(folded[i])) {
                    Named own = i + 1 == last ? issuedBy(i) : null;
                    return new Attribution(cue, source, own != null ? own : issuer(folded[i], source.start()), null);
                }
            }
            Named apposed = DETERMINERS.contains(folded[w]) ? namedAfter(source.end()) : null;
            Named body = apposed == null ? spokenFor(w, last) : null;
            return new Attribution(cue, source, apposed != null ? apposed : body != null ? body : roleHolder(w, last), null);
        }

        /**
         * Who issued the document named by word {@code d}, named right after it: "said the statement from Globex", "the
         * statement from Berg's attorney, Ann Lee": the name after "from" or "by", or the person an apposition to
         * the name's possession names; null when no name follows.
         */
        private Named issuedBy(int d) {
            if (d + 2 >= wordStart.length || !folded[d + 1].equals("from") && !folded[d + 1].equals("by") || stopsAfter(d)) {
                return null;
            }
            int b = folded[d + 2].equals("the") && d + 3 < wordStart.length ? d + 3 : d + 2;
            Named n = mentions.get(wordStart[b]);
            if (n == null || n.type() == EntityType.LOCATION) {
                return null;
            }
            int owner = firstWordAt(n.mention().end()) - 1;
            if (owner >= 0 && owner + 1 < wordStart.length && endsInApostropheS(folded[owner], 3) && gap(owner).equals(" ")) {
                Named apposed = namedAfter(wordEnd[owner + 1]);   // "Berg's attorney, Ann Lee": the attorney speaks
                return apposed != null ? apposed : n;
            }
            return n;
        }

        /**
         * The body a spokesperson named again speaks for: "A spokesperson for Globex says …. “…,” the spokesperson
         * said": the body the nearest earlier mention of that role word names, after "for", "of" or "at" or just
         * before it ("a Globex spokesman"); null for any other phrase than "the" and the role word, or when the
         * nearest such mention names no body.
         */
        private Named spokenFor(int w, int last) {
            if (last - w != 2 || !folded[w].equals("the") || !SPOKESPEOPLE.contains(folded[w + 1])) {
                return null;
            }
            String role = folded[w + 1];
            int from = Math.max(paragraphStarts[Math.max(0, paragraphOf(wordStart[w]) - PARAGRAPHS_BACK + 1)],
                    wordStart[w] - REACH);
            for (int i = w - 1; i >= 0 && wordStart[i] >= from; i--) {
                if (!folded[i].equals(role)) {
                    continue;
                }
                Named body = null;
                if (i + 2 < wordStart.length && Set.of("for", "of", "at").contains(folded[i + 1]) && !stopsAfter(i)) {
                    int b = folded[i + 2].equals("the") && i + 3 < wordStart.length ? i + 3 : i + 2;
                    body = mentions.get(wordStart[b]);
                } else {
                    Map.Entry<Integer, Named> e = mentions.floorEntry(wordStart[i]);
                    int end = e == null ? -1 : e.getValue().mention().end();
                    body = end + 1 == wordStart[i] && text.charAt(end) == ' ' ? e.getValue() : null;
                }
                return body == null || body.type() == EntityType.LOCATION || isMedium(body) ? null : body;
            }
            return null;
        }

        /**
         * The person an apposition right after a role phrase names: "said the legislator, Representative Carl Berg":
         * a person's name after the comma, past title words; or null.
         */
        private Named namedAfter(int end) {
            int w = firstWordAt(end);
            if (w >= wordStart.length || !text.substring(end, wordStart[w]).strip().equals(",")) {
                return null;
            }
            for (int i = w; i < wordStart.length && i < w + 4; i++) {
                Named n = mentions.get(wordStart[i]);
                if (n != null) {
                    return n.type() == EntityType.PERSON ? n : null;
                }
                boolean title = Names.isTitleWord(folded[i]) || TITLE_ABBREVIATIONS.containsKey(folded[i])
                        || HONORIFICS.contains(folded[i]);
                if (!title || !Character.isUpperCase(text.charAt(wordStart[i])) || i > w && stopsAfter(i - 1)
                        && !HONORIFICS.contains(folded[i - 1]) && !TITLE_ABBREVIATIONS.containsKey(folded[i - 1])) {
                    return null;
                }
            }
            return null;
        }

        /**
         * The person a role phrase of words {@code [w, last)} stands for ("the senator", "the communications pro"):
         * the one person the article gives a role of that head word, else of another of its words; else, when no
         * one in the article holds such a role, the last speaker of this or the paragraph before, if the phrase
         * has a word of a title. Null otherwise, or when it is no role phrase: "the" and up to four words ending
         * in a singular common noun.
         */
        private Named roleHolder(int w, int last) {
            String head = folded[last - 1];
            if (!folded[w].equals("the") || last - w < 2 || last - w > 5 || isPlural(last - 1)
                    || Character.isUpperCase(text.charAt(wordStart[last - 1])) || !head.chars().allMatch(Character::isLetter)) {
                return null;
            }
            Set<String> others = new java.util.HashSet<>();
            for (int i = w + 1; i < last; i++) {
                if (PREPOSITIONS.contains(folded[i]) || BOUNDARIES.contains(folded[i]) || AUXILIARIES.contains(folded[i])
                        || isPlural(i) && !Names.isTitleWord(folded[i])
                        || POSSESSIVES.containsKey(folded[i]) || i > w + 1 && stopsAfter(i - 1)) {
                    return null;   // "the owners of the restaurant", "the candidates took": no role phrase
                }
                if (i < last - 1 && Names.isTitleWord(folded[i]) && !ROLE_MODIFIERS.contains(folded[i])) {
                    others.add(folded[i]);
                }
            }
            boolean headed = Names.isTitleWord(head) && !ROLE_MODIFIERS.contains(head);
            Named holder = headed ? holderOfRole(Set.of(head), wordStart[w]) : null;
            if (holder != null) {
                return holder;
            }
            holder = others.isEmpty() ? null : holderOfRole(others, wordStart[w]);
            if (holder != null) {
                return holder;
            }
            boolean anyHolder = false;
            for (Set<String> words : roleWords.values()) {
                anyHolder |= words.contains(head);
            }
            // "The communications pro also took a shot at …": no one else holds the role, the last speaker goes on.
            return (headed || !others.isEmpty()) && !anyHolder && !SPOKESPEOPLE.contains(head) && lastSpeaker != null
                    && lastSpeaker.type() == EntityType.PERSON && paragraphOf(lastSpoke) >= paragraphOf(wordStart[w]) - 1
                    ? lastSpeaker : null;
        }

        /** Title words that qualify a role rather than head it ("the former official", "the state"). */
        private static final Set<String> ROLE_MODIFIERS = Set.of("vice", "prime", "foreign", "defence", "defense",
                "interior", "finance", "economy", "trade", "state", "national", "security", "strategic", "intelligence",
                "military", "army", "navy", "former", "acting", "supreme", "senior", "top", "assistant", "deputy",
                "crown", "general", "major", "head", "chief", "of", "for", "the");

        /**
         * The person the article gives a role with one of {@code words}: their last mention before {@code at}, else
         * their first. When several hold such a role, the one named last before {@code at}, in its paragraph or the
         * one before ("Mr. Berg was asked …. “…,” the governor replied"); null when no one holds it or it is not
         * known which.
         */
        private Named holderOfRole(Set<String> words, int at) {
            ArticleEntities.Found found = null;
            Mention chosen = null;
            boolean several = false;
            int latest = -1;
            for (Map.Entry<ArticleEntities.Found, Set<String>> e : roleWords.entrySet()) {
                if (!words.stream().anyMatch(e.getValue()::contains) || e.getKey().mentions().isEmpty()) {
                    continue;
                }
                Mention last = lastBefore(e.getKey(), at);
                several |= found != null;
                int end = last == null ? -1 : last.end();
                if (found == null || end > latest) {
                    found = e.getKey();
                    chosen = last == null ? found.mentions().get(0) : last;
                    latest = end;
                } else if (end == latest) {
                    chosen = null;
                }
            }
            if (found == null || chosen == null) {
                return null;
            }
            if (several && (latest < 0 || paragraphOf(latest - 1) < paragraphOf(at) - 1)) {
                return null;   // several hold the role: only one named in this paragraph or the one before is meant
            }
            Named n = mentions.get(chosen.start());
            return n != null && n.mention().equals(chosen) ? n : new Named(chosen, EntityType.PERSON);
        }

        /** The last mention of {@code f} ending before {@code at}, or null. */
        private static Mention lastBefore(ArticleEntities.Found f, int at) {
            Mention last = null;
            for (Mention m : f.mentions()) {
                if (m.end() <= at) {
                    last = m;
                }
            }
            return last;
        }

        /**
         * Who issued a document a subject names with its issuer: "the lawsuit from Nebraska", "a letter by 90
         * faculty members": the first name after "from" or "by" right after the document's word; or null.
         */
        private Named issuerWithin(Span source) {
            int w = firstWordAt(source.start());
            int last = firstWordAt(source.end());
            for (int i = w; i < Math.min(last - 1, w + 4); i++) {
                if (DOCUMENTS.contains(folded[i]) && (folded[i + 1].equals("from") || folded[i + 1].equals("by"))) {
                    int end = clauseEnd(i + 2, last);
                    Map.Entry<Integer, Named> e = mentions.ceilingEntry(wordStart[i + 2]);
                    Named n = e == null ? null : e.getValue();
                    return n != null && n.mention().end() <= end && firstWordAt(n.mention().start()) <= i + 6 ? n : null;
                }
                if (!DETERMINERS.contains(folded[i]) && !Character.isUpperCase(text.charAt(wordStart[i]))
                        && !DOCUMENTS.contains(folded[i])) {
                    return null;
                }
            }
            return null;
        }

        /** The attribution to an actor a cue names: the actor, or the group its name qualifies ("House Democrats"). */
        private Attribution acting(Named actor, Span cue) {
            Span group = groupOf(actor, text.length());
            return group != null ? new Attribution(cue, group, null, null) : new Attribution(cue, actor.span(), actor, null);
        }

        /**
         * The group a name qualifies, ending before {@code limit}: "House Democrats", "Republican lawmakers", "Trump
         * supporters" speak as a group, not as the body or person named; but officials, aides and spokesmen of a
         * body speak for it ("Kremlin officials"). Null when the name is no group's.
         */
        private Span groupOf(Named n, int limit) {
            int w = firstWordAt(n.mention().end());
            if (w >= wordStart.length || wordEnd[w] > limit || !text.substring(n.mention().end(), wordStart[w]).equals(" ")
                    || !isPlural(w) || SPOKESPEOPLE.contains(folded[w]) || mentions.containsKey(wordStart[w])
                    || !Character.isUpperCase(text.charAt(wordStart[w])) && !PEOPLE.matcher(folded[w]).matches()) {
                return null;
            }
            int next = w + 1;
            String gap = next < wordStart.length ? text.substring(wordEnd[w], wordStart[next]) : ".";
            boolean ends = gap.contains(",") || stops(w, gap) || AUXILIARIES.contains(folded[next]) || isCue(next)
                    || POSITIONS.contains(folded[next]) || BOUNDARIES.contains(folded[next]) || folded[next].endsWith("ed");
            return ends ? new Span(n.mention().start(), wordEnd[w]) : null;   // not "Trump offers a plan": a verb
        }

        /** Plural nouns of people by their ending: lawmakers, activists, residents, Republicans, conservatives. */
        private static final java.util.regex.Pattern PEOPLE =
                java.util.regex.Pattern.compile("\\p{L}+(?:ers|ors|ists|ans|ents|ants|ives|ees|ats|ites)");

        /** Words naming a group of people with no name of their own: "Voting rights advocates", "the senators". */
        private boolean group(Span source) {
            int last = firstWordAt(source.end()) - 1;
            return last >= 0 && isPlural(last) && wordsIn(source.start(), source.end()) <= 6;
        }

        /** A plural common noun heading a group that speaks ("state officials", "restructuring experts"). */
        private boolean isPlural(int w) {
            String word = folded[w];
            return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                    && !word.endsWith("is") && !word.endsWith("'s") && !word.endsWith("’s") && word.chars().allMatch(Character::isLetter)
                    && !CUES.contains(word) && !POSITIONS.contains(word);
        }

        /** A medium's report of someone's words: the sentence's own subject speaks, the medium relays. */
        private Attribution relayed(Attribution who, int sentenceFrom, int quoteStart) {
            if (who.speaker() == null || !isMedium(who.speaker())) {
                return who;
            }
            Named actor = firstActor(sentenceFrom, quoteStart);
            return actor == null ? who : new Attribution(who.cue(), who.source(), actor, who.speaker());
        }

        /**
         * The name heading a subject: the last name before any prepositional phrase, past an apposition; of those a
         * person's when there is one ("Jane Roe, the No. 2 Senate Democrat", "Rep. Jane Roe (D-Ohio)"): the body or
         * place beside a person's name is theirs, the person speaks.
         */
        private Named head(int from, int to) {
            Named found = null;
            Named person = null;
            boolean named = false;
            for (Map.Entry<Integer, Named> e : mentions.subMap(from, to).entrySet()) {
                Named n = e.getValue();
                if (n.mention().end() > to) {
                    break;
                }
                if (named && prepositionBetween(found.mention().end(), n.mention().start())) {
                    break;
                }
                found = n;
                named = true;
                person = n.type() == EntityType.PERSON && !possessive(n) ? n : person;
            }
            if (person != null) {
                return person;
            }
            if (found == null) {
                int w = firstWordAt(from);
                int last = firstWordAt(to);
                for (int i = w; i + 1 < last; i++) {
                    if (SPOKESPEOPLE.contains(folded[i]) && (folded[i + 1].equals("for") || folded[i + 1].equals("of"))) {
                        Named body = mentions.ceilingEntry(wordStart[i + 1]) == null ? null
                                : mentions.ceilingEntry(wordStart[i + 1]).getValue();
                        return body != null && body.mention().end() <= to ? body : null;
                    }
                }
            }
            return found;
        }

        /** Whether a name is a possessive ("Holm's newspaper"): it says whose the head is, it is not the head. */
        private boolean possessive(Named n) {
            int end = n.mention().end();
            return Names.isPossessive(n.mention().text()) || text.startsWith("'s", end) || text.startsWith("’s", end);
        }

        private boolean prepositionBetween(int from, int to) {
            for (int i = firstWordAt(from); i < wordStart.length && wordStart[i] < to; i++) {
                if (PREPOSITIONS.contains(folded[i])) {
                    return true;
                }
            }
            return false;
        }

        private boolean isMedium(Named n) {
            if (n.type() == EntityType.COUNTRY || n.type() == EntityType.LOCATION) {
                return false;
            }
            int w = firstWordAt(n.mention().start());
            int from = w;
            while (from > 0 && from > w - 4 && !stopsAfter(from - 1) && !gap(from - 1).contains(",")) {
                from--;   // "state broadcaster CCTV", not "In an interview with Globe News, Holm"
            }
            for (int i = from; i < firstWordAt(n.mention().end()); i++) {
                if (MEDIA.contains(folded[i])) {
                    return true;
                }
            }
            return false;
        }

        /** The first person, organization or country a sentence names before {@code to}, not a medium nor an object. */
        private Named firstActor(int from, int to) {
            for (Named n : mentions.subMap(from, to).values()) {
                if (n.type() != EntityType.LOCATION && !isMedium(n) && n.mention().end() <= to && !isObject(n)) {
                    return n;
                }
            }
            return null;
        }

        /** Whether a name can be what "he" or "she" stands for, as far as the article tells its gender. */
        private boolean fits(Named n, String pronoun) {
            char g = gender.getOrDefault(n.mention().start(), (char) 0);
            return g == 0 || !(pronoun.equals("he") && g == 'f' || pronoun.equals("she") && g == 'm');
        }

        /**
         * Who a pronoun stands for: the subject of the latest sentence naming a fitting person (or "X, who said")
         * when it comes after the last speaker's mention; else the last speaker; else the nearest fitting name that is
         * not an object; else, with no one else in reach, the nearest fitting name ("a response from X").
         */
        private Named antecedent(String pronoun, int at) {
            Set<EntityType> kinds = switch (pronoun) {
                case "he", "she" -> Set.of(EntityType.PERSON);
                case "it" -> Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY);
                case "they", "we" -> Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY);
                default -> Set.of();
            };
            int paragraph = paragraphOf(at);
            int from = Math.max(paragraphStarts[Math.max(0, paragraph - PARAGRAPHS_BACK + 1)], at - REACH);
            Named nearest = null;
            Named any = null;
            Named subject = null;
            for (Named n : mentions.subMap(from, true, at, false).descendingMap().values()) {
                if (!kinds.contains(n.type()) || n.mention().end() > at || isMedium(n) || isDemonym(n)
                        || quoted.get(n.mention().start()) || !fits(n, pronoun)) {
                    continue;
                }
                any = any == null ? n : any;
                if (isObject(n)) {
                    continue;
                }
                nearest = nearest == null ? n : nearest;
                if (startsSentence(n) || relativeSubject(n)) {
                    subject = n;
                    break;
                }
            }
            boolean last = lastSpeaker != null && kinds.contains(lastSpeaker.type()) && lastSpoke >= from
                    && fits(lastSpeaker, pronoun);
            if (subject != null && (!last || subject.mention().start() > lastSpeaker.mention().start())) {
                return subject;
            }
            if (last) {
                return lastSpeaker;
            }
            return nearest != null ? nearest : any;
        }

        /** A name a relative clause of speech follows: "Justice Scalia, who said …". */
        private boolean relativeSubject(Named n) {
            int w = firstWordAt(n.mention().end());
            return w + 1 < wordStart.length && folded[w].equals("who") && wordStart[w] - n.mention().end() <= 2
                    && (isCue(w + 1) || AUXILIARIES.contains(folded[w + 1]) && w + 2 < wordStart.length && isCue(w + 2));
        }

        /**
         * Whoever issued the document a subject names: "X issued a statement", "a statement by X", "the lawsuit
         * from X", "the suit was brought by attorneys general in X"; past a mention of the same word that names no
         * one ("The statement said …").
         */
        private Named issuer(String document, int at) {
            int paragraph = paragraphOf(at);
            int from = Math.max(paragraphStarts[Math.max(0, paragraph - PARAGRAPHS_BACK + 1)], at - REACH);
            for (int i = firstWordAt(at) - 1; i >= 0 && wordStart[i] >= from; i--) {
                if (!DOCUMENTS.contains(folded[i])) {
                    continue;
                }
                Named own = issuedBy(i);
                if (own != null) {
                    return own;
                }
                for (int j = i + 1; j < Math.min(wordStart.length, i + 5); j++) {
                    if ((folded[j].equals("by") || folded[j].equals("from")) && mentions.ceilingEntry(wordStart[j]) != null) {
                        Named n = mentions.ceilingEntry(wordStart[j]).getValue();
                        if (firstWordAt(n.mention().start()) <= j + 5 && !hasBoundary(j + 1, firstWordAt(n.mention().start()))) {
                            return n;
                        }
                    }
                }
                Named actor = firstActor(sentenceStart(wordStart[i], from), wordStart[i]);
                if (actor != null || !folded[i].equals(document)) {
                    return actor;   // "The statement said …" names it again: an earlier mention may say whose
                }
            }
            return null;
        }

        /** Whether word {@code w} is a speech cue: a cue word, not part of a name ("the United States"). */
        private boolean isCue(int w) {
            if (!CUES.contains(folded[w]) || Character.isUpperCase(text.charAt(wordStart[w]))
                    && w > 0 && !stopsAfter(w - 1)) {
                return false;
            }
            if (w > 0 && folded[w].endsWith("s") && !stopsAfter(w - 1)
                    && (NOUN_BEFORE.contains(folded[w - 1]) || folded[w - 1].matches(".*(['’]s|-\\p{L}+)"))) {
                return false;   // "a flurry of late-night tweets", "the claims", "Trump's remarks": a noun
            }
            if (w > 1 && folded[w].endsWith("s") && folded[w - 2].equals("of") && Character.isUpperCase(text.charAt(wordStart[w - 1]))
                    && DEMONYM.matcher(folded[w - 1]).matches() && !mentions.containsKey(wordStart[w - 1])) {
                return false;   // "32% of Republican claims": a noun
            }
            if (folded[w].equals("call") && w > 0 && (NOUN_BEFORE.contains(folded[w - 1]) || endsInApostropheS(folded[w - 1], 2))) {
                return false;   // "the call from X", "a phone call": a noun
            }
            if (folded[w].startsWith("put") && (w + 1 >= folded.length || !folded[w + 1].equals("it"))) {
                return false;   // only "as X put it" names words
            }
            // "calling on Putin to", "called for talks": an appeal, not the naming of words.
            return !(folded[w].startsWith("call") && w + 1 < folded.length && Set.of("on", "for", "off", "up", "in")
                    .contains(folded[w + 1]));
        }

        /** Where the subject of the cue at word {@code c} starts, going back to a boundary; -1 when it has none. */
        private int subjectStart(int c, int floor) {
            int end = auxiliariesBefore(c);
            int w = end - 1;
            int start = -1;
            while (w >= 0 && wordStart[w] >= floor && end - w <= 12) {
                int limit = start < 0 ? wordStart[end] : start;
                String between = text.substring(Math.min(wordEnd[w], limit), limit);
                if (stops(w, between) || BOUNDARIES.contains(folded[w]) || CUES.contains(folded[w])) {
                    break;
                }
                if (between.contains(",") && start < 0) {
                    // "Marc Morial, the chief executive of the League, said": the apposition closes before the cue.
                    int named = appositionBefore(w, floor);
                    if (named >= 0) {
                        return named;
                    }
                    // "The campaign's chairman, Phil Lovas, said": the name closes the apposition itself.
                    Map.Entry<Integer, Named> last = mentions.floorEntry(wordStart[w]);
                    if (last != null && last.getValue().mention().end() == wordEnd[w] && last.getValue().type() != EntityType.LOCATION
                            && last.getKey() >= floor) {
                        return last.getKey();
                    }
                    break;
                }
                if (between.contains(",")) {
                    Named before = mentions.floorEntry(wordStart[w]) == null ? null : mentions.floorEntry(wordStart[w]).getValue();
                    boolean apposition = before != null && before.mention().end() == wordEnd[w]
                            && before.type() != EntityType.LOCATION && start >= 0 && !mentions.containsKey(start);
                    if (!apposition) {
                        break;
                    }
                    start = before.mention().start();
                    w = firstWordAt(start) - 1;
                    continue;
                }
                start = wordStart[w];
                w--;
            }
            return start;
        }

        /**
         * Where the name starts that an apposition ending at word {@code w} describes ("Name, the chief of X,",
         * "Name, who campaigned for X since February,"): the name ends just before a comma at most 25 words back
         * and is not a place; -1 when there is none.
         */
        private int appositionBefore(int w, int floor) {
            for (int k = w; k > 0 && k > w - 25 && wordStart[k] >= floor; k--) {
                String gap = gap(k - 1);
                if (stops(k - 1, gap)) {
                    return -1;
                }
                if (gap.contains(",")) {
                    int named = k - 1;
                    if (gap.startsWith(")") || gap.startsWith(".)")) {   // "Sen. Bernie Sanders (Vt.), who …,"
                        int open = text.lastIndexOf('(', wordStart[k - 1]);
                        int before = open < 0 ? -1 : firstWordAt(open) - 1;
                        named = before >= 0 && k - 1 - before <= 3 ? before : named;
                    }
                    int document = documentBefore(named, floor);
                    if (document >= 0) {
                        return document;
                    }
                    Map.Entry<Integer, Named> e = mentions.floorEntry(wordStart[named]);
                    Named n = e == null ? null : e.getValue();
                    if (n == null || n.mention().end() != wordEnd[named]) {
                        return -1;
                    }
                    int of = firstWordAt(n.mention().start()) - 1;
                    if (n.type() != EntityType.PERSON && of > 0 && (folded[of].equals("of") || folded[of].equals("from"))
                            && gap(of - 1).equals(" ") && mentions.floorEntry(wordStart[of - 1]) != null) {
                        Named person = mentions.floorEntry(wordStart[of - 1]).getValue();   // "Lars Holm of Ohio, the …"
                        n = person.type() == EntityType.PERSON && person.mention().end() == wordEnd[of - 1] ? person : n;
                    }
                    return n.type() != EntityType.LOCATION && n.mention().start() >= floor ? n.mention().start() : -1;
                }
            }
            return -1;
        }

        /**
         * Where a document's noun phrase starts that ends at word {@code w} ("the lawsuit from Nebraska and
         * Oklahoma, where …, argues"): a few words back in its clause, the document's word and its determiner; -1
         * when there is none.
         */
        private int documentBefore(int w, int floor) {
            for (int k = w; k >= 0 && k > w - 8 && wordStart[k] >= floor; k--) {
                if (k < w && (stopsAfter(k)
                        || gap(k).contains(",")) || isCue(k)) {
                    return -1;
                }
                if (DOCUMENTS.contains(folded[k]) && !Character.isUpperCase(text.charAt(wordStart[k]))) {
                    int start = k;
                    while (start > 0 && start > k - 3 && wordStart[start - 1] >= floor
                            && (DETERMINERS.contains(folded[start - 1]) || !BOUNDARIES.contains(folded[start - 1])
                            && !PREPOSITIONS.contains(folded[start - 1]) && !isCue(start - 1)
                            && !stopsAfter(start - 1))
                            && !DETERMINERS.contains(folded[start])) {
                        start--;
                    }
                    return wordStart[start];
                }
            }
            return -1;
        }

        private int auxiliariesBefore(int c) {
            int w = c;
            while (w > 0 && (AUXILIARIES.contains(folded[w - 1]) || folded[w - 1].endsWith("ly"))
                    && !stopsAfter(w - 1)) {
                w--;
            }
            return w;
        }

        /** {@link #stops(String)}, but the full stop of an abbreviation before it ("Mr.", "U.S.") does not stop. */
        /** What stands between a word and the next: spaces, punctuation, a line break. */
        private String gap(int word) {
            return text.substring(wordEnd[word], wordStart[word + 1]);
        }

        /** Whether what follows a word ends its clause or sentence. */
        private boolean stopsAfter(int word) {
            return stops(word, gap(word));
        }

        private boolean stops(int wordBefore, String between) {
            if (between.startsWith(".") && (HONORIFICS.contains(folded[wordBefore]) || folded[wordBefore].length() == 1
                    && Character.isUpperCase(text.charAt(wordStart[wordBefore])) && between.length() > 1
                    && between.charAt(1) == ' ' && wordBefore + 1 < wordStart.length
                    && Character.isUpperCase(text.charAt(wordStart[wordBefore + 1])))) {   // an initial: "Elijah E. Cummings"
                return stops(between.substring(1));
            }
            if (between.startsWith(".") && (folded[wordBefore].indexOf('.') > 0 || PARTY_AND_STATE.matcher(folded[wordBefore]).matches())) {
                return stops(between.substring(1));   // "The S.E.C. said", "McCain, R-Ariz., said": an abbreviation
            }
            if (between.startsWith(".)")) {
                return stops(between.substring(2));   // "(D-Md.) said": an abbreviation closing a parenthesis
            }
            return stops(between);
        }

        /** Whether the text between two words breaks a phrase: a sentence stop, a quotation mark, a dash or colon. */
        private static boolean stops(String between) {
            for (int i = 0; i < between.length(); i++) {
                char c = between.charAt(i);
                if (".;:!?—–\n".indexOf(c) >= 0 || QuoteMarks.isMark(c)) {   // "(D-Wis.)" stays inside a name
                    return true;
                }
            }
            return false;
        }

        private boolean hasBoundary(int from, int to) {
            for (int i = from; i < to; i++) {
                if (BOUNDARIES.contains(folded[i]) && !folded[i].equals("to")) {
                    return true;
                }
                if (i > from && stopsAfter(i - 1)) {
                    return true;
                }
            }
            return false;
        }

        /** The end of a noun phrase starting at word {@code w}: before the first comma, stop or clause word. */
        private int clauseEnd(int w, int last) {
            int end = w < wordStart.length ? wordStart[w] : text.length();
            for (int i = w; i < last && i < w + 10; i++) {
                if (i > w && (stopsAfter(i - 1)
                        || gap(i - 1).contains(","))) {
                    break;
                }
                if (i > w && (BOUNDARIES.contains(folded[i]) || PREPOSITIONS.contains(folded[i]) && !folded[i].equals("of")
                        && !folded[i].equals("by"))) {
                    break;
                }
                end = wordEnd[i];
            }
            return end;
        }

        private boolean precededByComma(int subjectStart, int sentenceStart) {
            int at = subjectStart - 1;
            while (at >= sentenceStart && Character.isWhitespace(text.charAt(at))) {
                at--;
            }
            return at >= sentenceStart && text.charAt(at) == ',';
        }

        private int commaBefore(int subjectStart) {
            return text.lastIndexOf(',', subjectStart);
        }

        /** Two quoted stretches of one sentence: no sentence ends between them outside the marks. */
        private boolean sameSentence(QuoteMarks.Stretch a, QuoteMarks.Stretch b) {
            if (paragraphOf(a.close()) != paragraphOf(b.open()) || !a.closed()) {
                return false;
            }
            return sentenceEnd(a.close(), b.open()) >= b.open() && !endsWithStop(a);
        }

        /** A quote closing with a full stop inside its marks, and a capital after: the sentence ended with it. */
        private boolean endsWithStop(QuoteMarks.Stretch a) {
            char last = text.charAt(a.contentEnd() - 1);
            int w = firstWordAt(a.close());
            return ".!?".indexOf(last) >= 0 && w < wordStart.length && Character.isUpperCase(text.charAt(wordStart[w]))
                    && !CUES.contains(folded[w]) && !(mentions.containsKey(wordStart[w]) && cueFollows(w));
        }

        /**
         * Whether word {@code w} opens a closing "Peskov said." of the quote before it: a speech cue follows within a
         * few words, and the sentence ends soon after it (not "Park said Kim's state is …").
         */
        private boolean cueFollows(int w) {
            for (int i = w + 1; i < Math.min(wordStart.length, w + 7); i++) {
                if (stopsAfter(i - 1)) {
                    return false;
                }
                if (CUES.contains(folded[i])) {
                    for (int j = i + 1; j <= Math.min(wordStart.length - 1, i + 5); j++) {
                        String gap = gap(j - 1);
                        if (gap.contains(",") || gap.contains("\n") || stops(j - 1, gap.replaceAll("[^.!?]", ""))) {
                            return true;
                        }
                    }
                    return i + 1 >= wordStart.length || i + 5 >= wordStart.length;
                }
            }
            return false;
        }

        /** Where the sentence holding {@code at} starts, going back no further than {@code floor}. */
        private int sentenceStart(int at, int floor) {
            int paragraph = paragraphStarts[paragraphOf(at)];
            int from = Math.max(Math.max(floor, paragraph), at - REACH);
            for (int i = at - 1; i > from; i--) {
                char c = text.charAt(i);
                int stop = QuoteMarks.isMark(text.charAt(i - 1)) && i > from + 1 ? i - 2 : i - 1;   // “… recklessness.” South
                if (Character.isWhitespace(c) && ".!?".indexOf(text.charAt(stop)) >= 0 && i + 1 < text.length()
                        && !abbreviationBefore(stop)
                        && (Character.isUpperCase(text.charAt(i + 1)) || QuoteMarks.isMark(text.charAt(i + 1))
                        && i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2)))) {
                    return i + 1;   // "Warren said. “You squeezed …”": a quote opening the next sentence
                }
            }
            return from;
        }

        /** Where the sentence running on from {@code at} ends: after a stop before a capital, or at its paragraph's end. */
        private int sentenceEnd(int at, int limit) {
            for (int i = at; i < limit; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    return i;
                }
                if (".!?".indexOf(c) >= 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                        && !abbreviationBefore(i)) {
                    int next = i + 1;
                    while (next < text.length() && text.charAt(next) == ' ') {
                        next++;
                    }
                    if (next >= text.length() || text.charAt(next) == '\n' || Character.isUpperCase(text.charAt(next))
                            || QuoteMarks.isMark(text.charAt(next))) {
                        return i + 1;
                    }
                }
            }
            return limit;
        }

        /** Whether the full stop at {@code i} ends an abbreviation or an initial ("Mr.", "J."), not a sentence. */
        private boolean abbreviationBefore(int i) {
            if (text.charAt(i) != '.') {
                return false;
            }
            int w = firstWordAt(i) - 1;
            return w >= 0 && wordEnd[w] == i && (HONORIFICS.contains(folded[w]) || folded[w].length() == 1
                    || folded[w].indexOf('.') > 0 || PARTY_AND_STATE.matcher(folded[w]).matches());
        }

        /** A line that is not a sentence: a headline or a subheading (no final stop). */
        private boolean isHeadline(int at) {
            int paragraph = paragraphOf(at);
            int start = paragraphStarts[paragraph];
            int end = paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] - 1 : text.length();
            end = beforeSignature(start, end);
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || QuoteMarks.isMark(text.charAt(end - 1)))) {
                end--;
            }
            return end > start && ".!?…:,;".indexOf(text.charAt(end - 1)) < 0 && wordsIn(start, end) < 25;
        }

        /** The end of a line's words before a signature closing it ("“…” ― Carla Sanchez"), or {@code end}. */
        private int beforeSignature(int start, int end) {
            for (int i = end - 1; i > start && i >= end - 80; i--) {
                if ("―—–".indexOf(text.charAt(i)) >= 0) {
                    int j = i;
                    while (j > start && Character.isWhitespace(text.charAt(j - 1))) {
                        j--;
                    }
                    return j > start && QuoteMarks.isMark(text.charAt(j - 1)) ? j : end;
                }
            }
            return end;
        }

        /**
         * A name of a show, a book, a song or an operation ("Meet the Press", "All Bets Are Off."): up to six words,
         * the first and most of the others capitalized (small words aside), no question or exclamation.
         */
        private boolean titleLike(QuoteMarks.Stretch q) {
            int w = firstWordAt(q.contentStart());
            int last = firstWordAt(q.contentEnd());
            if (last <= w || last - w > 6 || !Character.isUpperCase(text.charAt(wordStart[w]))
                    || "?!".indexOf(text.charAt(q.contentEnd() - 1)) >= 0) {
                return false;
            }
            int words = 0;
            int capitals = 0;
            for (int i = w; i < last; i++) {
                if (!SMALL_WORDS.contains(folded[i])) {
                    words++;
                    capitals += Character.isUpperCase(text.charAt(wordStart[i])) || Character.isDigit(text.charAt(wordStart[i])) ? 1 : 0;
                }
            }
            return capitals * 3 > words * 2 && !folded[w].equals("i");
        }

        /** "Ukrainian" in "the Ukrainian conflict": a country's adjective qualifies a noun, it does not act. */
        private static boolean isDemonym(Named n) {
            String t = n.mention().text();
            return n.type() == EntityType.COUNTRY && (t.endsWith("ian") || t.endsWith("ese") || t.endsWith("ish")
                    || t.endsWith("an") || t.endsWith("ic") || t.endsWith("i"));
        }

        /**
         * Whether a name is the object of a verb or a preposition, not who acts: past the titles before it, the word
         * before it is a preposition, a verb of address or of a position taken, another past form ("prompted
         * Vieira") or a verb after "to" ("to see Beck"). A clause break or a speech cue before it ("said Peskov")
         * leaves it a subject.
         */
        private boolean isObject(Named n) {
            int w = firstWordAt(n.mention().start());
            int after = firstWordAt(n.mention().end());
            if (text.startsWith("'s", n.mention().end()) || text.startsWith("’s", n.mention().end())
                    || after < wordStart.length && folded[after].equals("who")) {
                return false;   // "about Mr. Blumenthal's record", "the ire of Justice Scalia, who said": they act
            }
            for (int i = w - 1; i >= Math.max(0, w - 3); i--) {
                String gap = gap(i);
                if (stops(i, gap) || gap.contains(",")) {
                    return false;
                }
                String word = folded[i];
                if (ADDRESSED.contains(word) || POSITIONS.contains(word) || OBJECT_BEFORE.contains(word)) {
                    return true;
                }
                if (Character.isUpperCase(text.charAt(wordStart[i])) || Set.of("the", "mr", "mrs", "ms", "dr").contains(word)) {
                    continue;
                }
                if (CUES.contains(word) || BOUNDARIES.contains(word) || AUXILIARIES.contains(word)) {
                    return false;
                }
                return word.endsWith("ed") || i > 0 && folded[i - 1].equals("to");
            }
            return false;
        }

        /** A name that is the subject of its sentence: only capitalized words (titles, "The") come before it. */
        private boolean startsSentence(Named n) {
            int w = firstWordAt(n.mention().start());
            int sentence = sentenceStart(n.mention().start(), 0);
            int start = firstWordAt(withoutLeadingPhrase(sentence, n.mention().end()));   // "In an interview, X …"
            if (start > w) {
                start = firstWordAt(sentence);
            }
            for (int i = start; i < w; i++) {
                // "In a statement, presidential nominee Hillary Clinton was …": titles and roles, no verb, no other name
                boolean role = Character.isUpperCase(text.charAt(wordStart[i])) || DETERMINERS.contains(folded[i])
                        || !folded[i].endsWith("ed") && !CUES.contains(folded[i]) && !POSITIONS.contains(folded[i])
                        && !PRONOUNS.contains(folded[i]) && !BOUNDARIES.contains(folded[i]) && !AUXILIARIES.contains(folded[i]);
                if (!role || mentions.containsKey(wordStart[i]) || i > start && stopsAfter(i - 1)) {
                    return false;
                }
            }
            return w - start <= 4;
        }

        private int wordsIn(int from, int to) {
            return Math.max(0, firstWordAt(to) - firstWordAt(from));
        }

        /** The index of the first word starting at or after {@code offset}. */
        private int firstWordAt(int offset) {
            int i = java.util.Arrays.binarySearch(wordStart, offset);
            return i >= 0 ? i : -i - 1;
        }

        private int paragraphOf(int offset) {
            int i = java.util.Arrays.binarySearch(paragraphStarts, offset);
            return i >= 0 ? i : -i - 2;
        }

        private Span trimmed(int from, int to) {
            int start = from;
            int end = Math.min(to, text.length());
            while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;:—–-\u00a0".indexOf(text.charAt(start)) >= 0)) {
                start++;
            }
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:.—–-\u00a0".indexOf(text.charAt(end - 1)) >= 0)) {
                end--;
            }
            return end > start ? new Span(start, end) : null;
        }

        /** A subject without the time its words carry ("On Tuesday Moscow", "the Kremlin on Friday"). */
        private Span withoutWhen(Span s) {
            if (s == null) {
                return null;
            }
            String words = s.of(text);
            Matcher lead = LEADING_WHEN.matcher(words);
            int start = s.start() + (lead.lookingAt() ? lead.end() : 0);
            Matcher trail = TRAILING_WHEN.matcher(words);
            int end = trail.find() && s.start() + trail.start() > start ? s.start() + trail.start() : s.end();
            return end > start ? new Span(start, end) : s;
        }

        private static Span span(Named n) {
            return n == null ? null : n.span();
        }
    }

    /** Whether a word of at least {@code minLength} characters ends in "'s" or "’s" (a possessive or a contraction). */
    private static boolean endsInApostropheS(String word, int minLength) {
        int n = word.length();
        return n >= minLength && word.charAt(n - 1) == 's' && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’');
    }

    /** The word without a final "'s" or "’s". */
    private static String withoutApostropheS(String word) {
        return endsInApostropheS(word, 2) ? word.substring(0, word.length() - 2) : word;
    }
}
