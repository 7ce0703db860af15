package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.ArticleEntities;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.model.Stance;

/**
 * Finds where the actors an article names stand: on issues and toward one another. Two sources, both read from
 * the article's words and its entity and quote layers:
 * <ul>
 * <li><b>Stance words</b> ({@link StanceWords}): a verb or adjective that takes a position on its object — calls
 * and appeals ("called for a ceasefire", "urged Kyiv to accept the offer"), support and rejection ("backs the plan",
 * "rejected the deal") and their negation ("we do not support calls for a ceasefire": against), praise and
 * criticism of another actor (the other actor is the stance's target), conditions ("ready for talks only if …",
 * "will not accept a deal unless …": conditional, with the condition's words). The actor is the verb's subject (each
 * of a coordinated subject), the agent of a passive ("demanded by X"), the speaker of a quote a first-person subject
 * stands in, or whom a pronoun stands for; a position reported in someone's speech counts for whom it is reported
 * of ("Moscow said it is open to talks": Moscow), not for the reporter. The issue is the verb's object as a noun
 * phrase, normalized ({@link Issues}): determiners, possessors and nouns that only carry a complement ("calls for",
 * "efforts to negotiate") dropped; "that" or "it" as the object stands for the issue last named.</li>
 * <li><b>Evaluations</b>: a quote whose words praise or criticize ({@link StanceWords#PRAISE},
 * {@link StanceWords#CRITICISM}, turned round by a negation just before; a question never praises) is a stance of its
 * speaker toward the actor it is about: one it names in a sentence whose words evaluate (or the one it names as a
 * sentence's subject or alone), not a name that only qualifies or completes a noun ("the House report", "a member
 * of Congress"); else a known issue it names; else the person or body the sentence reporting it names before it, or
 * after it in the role of whom words are about ("…,” she said of X), never the speaker's own side (a name the speaker
 * acts on, "X called Y “…”", is not of it); else, when one of its evaluating sentences opens with a pronoun of a
 * person ("He is …", "His conduct …"), the nearest person named before it who is not the speaker. A country's people
 * ("Americans") are not the country; whom the speaker tells or asks, and who wants or is ready to do something, are
 * not what the words evaluate; a predicate quoted after its subject ("Such a move, X said, “would reward Y”") is about
 * that subject, not a name inside it. Words in the second person ("your plan is a disaster") evaluate whom they are
 * addressed to: the one a letter or message goes to ("wrote to X", "sent X a letter", "Dear X") or, in the quote's
 * sentence, the one told ("X told Y: …"); not a "you" of anyone ("if you …", "you can …") nor a question. An office
 * named by its title alone ("the governor", "this administration") is the one person the article gives that title.
 * Reported speech, in the writer's words, evaluates only the name its clause
 * opens with ("X said Y was reckless"; not "X said the leak could harm the programs of Y"). A direct quote with none
 * of these (or with no evaluative word at all) is still its speaker's position toward whom it is about: the first
 * person or body it names, else whom its reporting sentence names, else whom a pronoun opening one of its sentences
 * stands for, else the article's most prominent actor who is not the speaker; for or against as its words say, else
 * as the words reporting it say ("X blasted Y, saying …"); with neither, it takes no stance. News media (by a word of
 * their name, or as the gazetteer's media) report positions and take none.</li>
 * </ul>
 * Every stance has its evidence: the quote's words or the sentence reporting it. Deterministic; linear in the
 * text's length (every look back or ahead is bounded); thread-safe.
 */
public final class StanceFinder {
    /** Words a subject, an object or a condition may reach over, each way. */
    private static final int REACH = 14;
    /** Sentences back a pronoun or an anaphoric "that" may find what it stands for. */
    private static final int SENTENCES_BACK = 3;
    /** Words an issue's phrase may run to, complement included. */
    private static final int ISSUE_WORDS = 9;

    /**
     * The topic of an issue named in words ("a ceasefire in Ukraine": "peace process"), as the stances this finder
     * finds on it have it: its known class's topic, else its head.
     */
    public static String topic(String words) {
        List<String> folded = new ArrayList<>();
        Matcher m = Names.WORD.matcher(words.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!StanceWords.DETERMINERS.contains(m.group())) {
                folded.add(m.group());
            }
        }
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("an issue needs words, '" + words + "' has none");
        }
        Issues issues = Issues.bundled();
        return issues.topic(issues.normalize(folded));
    }

    /** The stances of {@code text}, in text order of their evidence. */
    public List<Stance> find(String text, List<Sentence> sentences, ArticleEntities entities, List<Quote> quotes) {
        return new Run(text, sentences, entities, quotes).stances();
    }

    /**
     * A mention of the entity layer, with what it names: the entity's identity key, name and roles (for a role
     * description left for the corpus to resolve, the description itself).
     */
    private record Named(Span span, EntityType type, String key, String name, List<ArticleEntities.Role> roles) {
        static Named of(ArticleEntities.Found f, Mention m) {
            return new Named(new Span(m.start(), m.end()), f.type(), f.key(), f.name(), f.roles());
        }

        /**
         * Whether both name one actor: one identity, or one office ("the Russian president" and Vladimir Putin, whom
         * the article gives that role).
         */
        boolean same(Named other) {
            if (key.equals(other.key)) {
                return true;
            }
            for (ArticleEntities.Role a : roles) {
                for (ArticleEntities.Role b : other.roles) {
                    if (a.country() != null && a.country().equals(b.country()) && a.head().equals(b.head())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** What a stance is on: the issue's phrase and words, or another actor. */
    private record Issue(String name, Span words, Named target, boolean flipped) {
    }

    /** One article's search. */
    private static final class Run {
        private final String text;
        private final int[] wordStart;
        private final int[] wordEnd;
        private final String[] folded;
        private final int[] sentenceOf;
        private final List<Span> sentences = new ArrayList<>();
        private final TreeMap<Integer, Named> mentions = new TreeMap<>();
        private final List<Quote> quotes;
        /** For each word, the quote (index into {@link #quotes}) whose content holds it, or -1. */
        private final int[] quoteOf;
        private final Issues issues = Issues.bundled();
        private final List<Stance> out = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        /** The stances found (indexes into {@link #out}) by actor, issue and position: one is shown once for nested words. */
        private final Map<String, List<Integer>> evidences = new java.util.HashMap<>();
        /** For each actor's key, where the evidence of its stances starts, with the furthest end from there. */
        private final Map<String, TreeMap<Integer, Integer>> evidenceOf = new java.util.HashMap<>();
        /** Stance words that gave a stance: an evaluation does not count them again. */
        private final java.util.BitSet used = new java.util.BitSet();
        /** For each word, the quote whose cue ends with it, or null. */
        private final Quote[] cuedAt;
        /** The quotes with a speaker by where their content starts. */
        private final TreeMap<Integer, Quote> spoken = new TreeMap<>();
        /** Words that are the cue after a direct quote ("…,” denounced Putin"): the quote is the stance's evidence. */
        private final java.util.BitSet cues = new java.util.BitSet();
        /** The appeal the last {@link #objects} read: from its addressee to the end of what they should do, or null. */
        private Span appeal;
        /** The countries the article names, by name: whom an office holder speaks for. */
        private final Map<String, ArticleEntities.Found> countries = new java.util.HashMap<>();
        /** The issue last named before the word being read: a known term or a stance's issue. */
        private Issue lastIssue;
        private int lastIssueSentence = -1;
        /** Organizations the article treats as programs ("Medicare beneficiaries"): what is paid, never who speaks. */
        private final Set<String> programs = new HashSet<>();
        /** For each actor's key, the keys of those the article names as its side: employer, principal, staff. */
        private final Map<String, Set<String>> sides = new java.util.HashMap<>();
        /** Offices named by their title alone, by where they start, with the one person who holds each. */
        private final Map<Integer, ArticleEntities.Found> offices = new java.util.HashMap<>();
        /** The entities of the article by identity key. */
        private final Map<String, ArticleEntities.Found> byKey = new java.util.HashMap<>();
        /** The article's main actors, most prominent first: named in its first lines, and often. */
        private final List<Named> main;

        Run(String text, List<Sentence> sentenceList, ArticleEntities entities, List<Quote> quotes) {
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
                folded[i] = text.substring(wordStart[i], wordEnd[i]).toLowerCase(Locale.ROOT).replace('’', '\'');
            }
            sentenceOf = new int[wordStart.length];
            List<Sentence> ordered = new ArrayList<>(sentenceList);
            ordered.sort(Comparator.comparingInt(s -> s.span().start()));
            int s = 0;
            for (int i = 0; i < wordStart.length; i++) {
                while (s + 1 < ordered.size() && ordered.get(s + 1).span().start() <= wordStart[i]) {
                    s++;
                }
                sentenceOf[i] = s;
            }
            ordered.forEach(x -> sentences.add(x.span()));
            if (sentences.isEmpty()) {
                sentences.add(new Span(0, text.length()));
            }
            for (ArticleEntities.Found f : entities.entities()) {
                byKey.putIfAbsent(f.key(), f);
                for (Mention x : f.mentions()) {
                    keep(Named.of(f, x));
                }
                for (Mention x : f.descriptions()) {
                    keep(Named.of(f, x));
                }
            }
            for (ArticleEntities.Found f : entities.entities()) {
                if (f.type() == EntityType.ORGANIZATION && f.mentions().stream().anyMatch(this::namesAProgram)) {
                    programs.add(f.key());
                }
            }
            for (ArticleEntities.RoleReference r : entities.references()) {
                Mention x = r.mention();
                keep(new Named(new Span(x.start(), x.end()), EntityType.PERSON, "reference:" + x.start(), x.text(),
                        List.of(new ArticleEntities.Role(x.text(), r.country(), r.head()))));
            }
            officeMentions(entities);
            Named outer = null;
            for (var it = mentions.values().iterator(); it.hasNext(); ) {
                Named n = it.next();
                if (outer != null && n.span().end() <= outer.span().end()) {
                    it.remove();   // a name inside a longer one is not an actor of its own
                } else {
                    outer = n;
                }
            }
            this.quotes = quotes;
            quoteOf = new int[wordStart.length];
            Arrays.fill(quoteOf, -1);
            Integer[] bySize = new Integer[quotes.size()];
            for (int i = 0; i < bySize.length; i++) {
                bySize[i] = i;
            }
            Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> quotes.get(i).content().length()).reversed());
            for (int q : bySize) {
                Span c = quotes.get(q).content();
                for (int w = firstWordAt(c.start()); w < wordStart.length && wordStart[w] < c.end(); w++) {
                    quoteOf[w] = q;   // the shortest quote holding a word wins
                }
            }
            main = mainActors(entities);
            cuedAt = new Quote[wordStart.length];
            for (Quote q : quotes) {
                if (q.speaker() != null) {
                    spoken.put(q.content().start(), q);
                    if (q.cue() != null) {
                        int last = firstWordAt(q.cue().end()) - 1;
                        if (last >= 0) {
                            cuedAt[last] = q;
                        }
                    }
                }
                if (q.cue() != null && q.direct() && q.cue().start() >= q.content().end()) {
                    for (int w = firstWordAt(q.cue().start()); w < wordStart.length && wordStart[w] < q.cue().end(); w++) {
                        cues.set(w);
                    }
                }
            }
            for (ArticleEntities.Found f : entities.entities()) {
                if (f.type() == EntityType.COUNTRY && !f.mentions().isEmpty()) {
                    countries.putIfAbsent(f.name(), f);
                }
            }
            findSides();
        }

        /**
         * Offices named by their title alone ("the governor", "the vice president's", "this administration" for the
         * president's), kept as mentions of the one person the article gives that title (a role whose words are the
         * title, with a country or none); not a title before a name or with its body ("the governor of the bank"), and
         * none when two persons hold it.
         */
        private void officeMentions(ArticleEntities entities) {
            Map<String, ArticleEntities.Found> holders = new java.util.HashMap<>();
            Set<String> shared = new HashSet<>();
            for (ArticleEntities.Found f : entities.entities()) {
                if (f.type() != EntityType.PERSON || f.mentions().isEmpty()) {
                    continue;
                }
                for (ArticleEntities.Role r : f.roles()) {
                    String title = officeTitle(r);
                    ArticleEntities.Found other = title == null ? null : holders.putIfAbsent(title, f);
                    if (other != null && !other.key().equals(f.key())) {
                        shared.add(title);
                    }
                }
            }
            shared.forEach(holders::remove);
            if (holders.isEmpty()) {
                return;
            }
            for (int w = 0; w + 1 < folded.length; w++) {
                if (!folded[w].equals("the") && !folded[w].equals("this") || stops(w)) {
                    continue;
                }
                for (int n = 2; n >= 1; n--) {
                    int last = w + n;
                    if (last >= folded.length || n == 2 && stops(w + 1)) {
                        continue;
                    }
                    String title = n == 2 ? folded[w + 1] + " " + Names.withoutPossessive(folded[last])
                            : Names.withoutPossessive(folded[last]);
                    ArticleEntities.Found f = holders.get(title.equals("administration") ? "president" : title);
                    if (f == null) {
                        continue;
                    }
                    int after = last + 1;
                    boolean possessive = !folded[last].equals(Names.withoutPossessive(folded[last]));
                    if (!possessive && after < folded.length && !stops(last) && (folded[after].equals("of")
                            || Character.isUpperCase(text.charAt(wordStart[after])))) {
                        break;   // "the governor of the bank", "the governor Lars Holm"
                    }
                    int start = wordStart[w];
                    int end = wordStart[last] + Names.withoutPossessive(text.substring(wordStart[last], wordEnd[last])).length();
                    Map.Entry<Integer, Named> before = mentions.floorEntry(end - 1);
                    if (before == null || before.getValue().span().end() <= start) {
                        keep(new Named(new Span(start, end), f.type(), f.key(), f.name(), f.roles()));
                        offices.put(start, f);
                    }
                    break;
                }
            }
        }

        private static final Pattern NOT_A_TITLE_CHARACTER = Pattern.compile("[^\\p{L}\\p{N} .'-]+");

        /** The title a role gives its holder, folded ("governor", "vice president"): its words but for a country. */
        private static String officeTitle(ArticleEntities.Role r) {
            String words = NOT_A_TITLE_CHARACTER.matcher(Names.fold(r.text())).replaceAll(" ").strip();
            if (r.country() != null) {
                String country = Names.fold(r.country());
                if (words.startsWith(country + " ")) {
                    words = words.substring(country.length() + 1);
                }
            }
            return words.isEmpty() || words.split(" ").length > 2 ? null : words;
        }

        /** Nouns of a role in a body or for a person: what stands between a person and whom they work for. */
        private static final Set<String> ROLES = Set.of("ceo", "executive", "director", "chairman", "chairwoman",
                "chair", "officer", "head", "chief", "secretary", "partner", "founder", "manager", "strategist",
                "pollster", "economist", "analyst", "employee", "member", "members", "deputy", "treasurer", "counsel",
                "spokesman", "spokeswoman", "spokesperson", "official", "officials", "representative", "president",
                "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "adviser", "advisers", "advisor",
                "advisors", "staff", "staffer", "ally", "allies", "colleague", "researcher", "fellow", "scholar");
        /** Nouns that stand for a body named before ("the company's chief"). */
        private static final Set<String> BODIES = Set.of("company", "group", "firm", "organization", "organisation",
                "agency", "campaign", "committee", "party", "union", "association", "department", "bureau",
                "network", "bank", "institute", "center", "centre", "foundation", "council", "coalition");
        /** Prepositions that join a role to whom it serves ("director of", "spokesman for", "an aide to"). */
        private static final Set<String> OF_ROLE = Set.of("of", "for", "at", "to", "with");

        /**
         * The sides the article gives its people: a person and the body or person a role beside their name serves
         * ("AARP CEO X", "Y's policy director X", "X, a spokesman for Y", "X, executive director of Y"), or the body
         * last named before "the company's chief X". A person takes no stance toward their own side, nor it toward
         * them. Linear: each name is read against the next one only, over a few words.
         */
        private void findSides() {
            Named previous = null;
            for (Named n : mentions.values()) {
                if (previous != null && (previous.type() == EntityType.PERSON || n.type() == EntityType.PERSON)
                        && previous.span().end() <= n.span().start() && roleBetween(previous, n)) {
                    sides.computeIfAbsent(previous.key(), k -> new HashSet<>()).add(n.key());
                    sides.computeIfAbsent(n.key(), k -> new HashSet<>()).add(previous.key());
                }
                if (n.type() == EntityType.PERSON) {
                    Named body = bodyBefore(n);
                    if (body != null && !body.key().equals(n.key())) {
                        sides.computeIfAbsent(body.key(), k -> new HashSet<>()).add(n.key());
                        sides.computeIfAbsent(n.key(), k -> new HashSet<>()).add(body.key());
                    }
                }
                previous = n;
            }
        }

        /**
         * Whether only a role stands between two names: at most six words, no stop, cue, stance word or "and", a
         * comma only right after the first (an apposition), and a role noun among them; the other words determiners,
         * prepositions of a role, or nouns qualifying the role ("security chief"), no verb's ending among them.
         */
        private boolean roleBetween(Named a, Named b) {
            int last = firstWordAt(a.span().end()) - 1;
            int first = firstWordAt(b.span().start());
            if (last >= 0 && first == last + 1 && commaAfter(last, first) && a.type() == EntityType.PERSON
                    && possessiveAt(b.span().end())) {
                // "X, Y's policy director": a role of Y's right after
                for (int i = firstWordAt(b.span().end()); i < Math.min(folded.length, first + 4); i++) {
                    if (ROLES.contains(folded[i])) {
                        return true;
                    }
                    if (stops(i - 1) || i > first && commaAfter(i - 1, i) || !Character.isLowerCase(text.charAt(wordStart[i]))) {
                        return false;
                    }
                }
                return false;
            }
            if (last < 0 || first - last - 1 < 1 || first - last - 1 > 6) {
                return false;
            }
            boolean role = false;
            for (int i = last; i < first; i++) {
                if (stops(i) || i > last && commaAfter(i, i + 1)) {
                    return false;
                }
                if (i == last) {
                    continue;
                }
                String f = folded[i];
                if (ROLES.contains(f) || Names.isTitleWord(f) && !StanceWords.DETERMINERS.contains(f) && !OF_ROLE.contains(f)) {
                    role = true;
                } else if (i + 1 < first && ROLES.contains(folded[i + 1]) && !isCue(i) && !f.endsWith("ed") && !f.endsWith("ing")
                        && Character.isLowerCase(text.charAt(wordStart[i]))) {
                    continue;   // a noun naming the kind of role ("press secretary", "campaign manager"), even a stance word's
                } else if (isCue(i) || !StanceWords.triggers(f).isEmpty() || f.equals("and") || f.equals("or")
                        || f.endsWith("ed") || f.endsWith("ing") || !StanceWords.DETERMINERS.contains(f)
                        && !OF_ROLE.contains(f) && !Character.isLowerCase(text.charAt(wordStart[i]))
                        && !Character.isUpperCase(text.charAt(wordStart[i]))) {
                    return false;
                }
            }
            return role && !isCue(first - 1);
        }

        /** The body a role before a person stands for ("the company's chief security officer X"): the last body named in
         * the sentences before, or null. */
        private Named bodyBefore(Named person) {
            int w = firstWordAt(person.span().start()) - 1;
            if (w < 0 || stops(w) || !ROLES.contains(folded[w]) && !Names.isTitleWord(folded[w])) {
                return null;
            }
            for (int i = w - 1; i >= Math.max(0, w - 4) && !stops(i); i--) {
                String f = folded[i];
                if (f.endsWith("'s") && BODIES.contains(f.substring(0, f.length() - 2)) && i > 0
                        && (folded[i - 1].equals("the") || folded[i - 1].equals("its"))) {
                    int back = firstWordAt(sentences.get(Math.max(0, sentenceOf[i] - SENTENCES_BACK + 1)).start());
                    Named body = null;
                    for (Named n : mentions.subMap(wordStart[back], wordStart[i]).values()) {
                        if (n.type() == EntityType.ORGANIZATION) {
                            body = n;
                        }
                    }
                    return body;
                }
            }
            return null;
        }

        private void keep(Named n) {
            mentions.merge(n.span().start(), n, (a, b) -> b.span().end() > a.span().end() ? b : a);
        }

        List<Stance> stances() {
            for (int w = 0; w < wordStart.length; w++) {
                for (StanceWords.Trigger t : StanceWords.triggers(folded[w])) {
                    if (trigger(w, t)) {
                        break;
                    }
                }
                Issues.Found term = issues.termAt(folded, w, wordStart.length);
                if (term != null) {
                    setLastIssue(new Issue(term.name(), new Span(wordStart[w], wordEnd[w + term.length() - 1]), null, false), w);
                }
            }
            evaluations();
            out.sort(Comparator.comparingInt((Stance x) -> x.evidence().start()).thenComparingInt(x -> x.actor().start())
                    .thenComparing(Stance::issue));
            return out;
        }

        private void setLastIssue(Issue issue, int w) {
            lastIssue = issue;
            lastIssueSentence = sentenceOf[w];
        }

        // ---- stance words ----

        /** The stances a stance word at word {@code c} takes, if it takes any; whether it did. */
        private boolean trigger(int c, StanceWords.Trigger t) {
            if (mentionAt(c) != null || cues.get(c)) {
                return false;   // part of a name, or the cue of a quote ("…,” denounced Putin): the quote is the evidence
            }
            int next = c + 1;
            if (t.particle() != null) {
                if (next >= wordStart.length || !folded[next].equals(t.particle()) || stops(c)) {
                    return false;
                }
                next++;
            }
            boolean adjective = ADJECTIVES.contains(folded[c]) && (t.particle() != null || folded[c].equals("against"));
            if ((folded[c].equals("favor") || folded[c].equals("favour")) && t.particle() != null
                    && (c == 0 || !folded[c - 1].equals("in"))) {
                return false;
            }
            int aux = auxiliariesBefore(c);
            if (folded[c].equals("favor") || folded[c].equals("favour")) {
                aux = auxiliariesBefore(c - 1);
            }
            if (adjective && !copulaIn(aux, c) && !(c > 0 && folded[c - 1].equals("in"))) {
                return false;
            }
            if (!adjective && passive(aux, c)) {
                return passiveStance(c, next, t);
            }
            int expressed = adjective ? -1 : expressedBy(c);
            if (expressed >= 0) {
                aux = auxiliariesBefore(expressed);   // "did not voice support for": the verb's subject and negation
            } else if (!adjective && otherPartOfSpeech(c)) {
                used.set(c);   // "Jewish support", "unconditional support": what it says is its noun's, no praise of its own
                return false;
            } else if (!adjective && !isVerbForm(c)) {
                return false;
            }
            int verb = expressed >= 0 ? expressed : c;
            List<Named> actors = actors(verb, aux, 0);
            if (actors.isEmpty()) {
                used.set(c);   // "members who support the truce": someone's stance, not the speaker's praise
                return false;
            }
            // "proposes no changes": an object with "no" negates its stance word
            boolean negated = negated(aux, verb) ^ (next < wordStart.length && folded[next].equals("no") && !stops(next - 1));
            appeal = null;
            if (expressed >= 0 && next < wordStart.length && !stops(next - 1)
                    && (folded[next].equals("for") || folded[next].equals("to"))) {
                next++;   // "voiced support for the plan", "pledged support to Kyiv": the noun's complement is the object
            }
            List<Issue> objects = objects(next, t, c);
            if (StanceWords.AMBITION.contains(folded[c])) {
                // "will not seek a second term", "is seeking the seat": running for an office is no position on an issue
                objects = objects.stream().filter(o -> o.target() != null || !headedBy(o.name(), StanceWords.OFFICES)).toList();
            } else if (StanceWords.ACCEPTING.contains(folded[c])) {
                // "accepted the responsibility for …", "accepted improper donations": an admission or a receipt
                objects = objects.stream().filter(o -> o.target() != null || !headedBy(o.name(), StanceWords.RECEIVED)).toList();
            }
            if (objects.isEmpty()) {
                used.set(c, next);   // "don't respect their positions": a stance word on no issue says nothing of anyone
                return false;
            }
            Span asked = closed(appeal);
            int objectEnd = objects.stream().mapToInt(o -> o.words().end()).max().orElse(wordEnd[c]);
            Span condition = condition(firstWordAt(objectEnd), c);
            Span evidence = evidence(c);
            boolean any = false;
            for (Issue o : objects) {
                int polarity = o.flipped() ? -t.polarity() : t.polarity();
                Stance.Position p = negated ? (polarity > 0 ? Stance.Position.OPPOSES : Stance.Position.NEUTRAL)
                        : polarity > 0 ? Stance.Position.SUPPORTS : Stance.Position.OPPOSES;
                Span cond = condition != null && (polarity > 0 || conditionWord(condition) != null
                        && !conditionWord(condition).equals("if")) ? condition : null;
                if (cond != null) {
                    p = Stance.Position.CONDITIONAL;
                }
                for (Named a : actors) {
                    any |= add(a, o, p, cond, evidence);
                }
                if (o.target() == null) {
                    setLastIssue(o, c);
                }
            }
            Issue purpose = asked == null || negated ? null : purpose(firstWordAt(asked.end()), c);
            if (purpose != null) {
                // "urging Kyiv to accept the offer to end the war": for the war's end, on what it asks.
                for (Named a : actors) {
                    any |= add(a, purpose, Stance.Position.CONDITIONAL, asked, evidence);
                }
            }
            if (any) {
                used.set(c, firstWordAt(objectEnd));   // the stance word and its object say nothing more of anyone
            }
            return any;
        }

        /** Adjectives that take a stance after a copula ("is open to", "are ready for", "is against"). */
        private static final Set<String> ADJECTIVES = Set.of("open", "ready", "willing", "prepared", "eager",
                "committed", "keen", "grateful", "supportive", "receptive", "determined", "proud", "opposed",
                "critical", "skeptical", "sceptical", "wary", "hostile", "unwilling", "reluctant", "against",
                "contemptuous", "dismissive", "favor", "favour");
        private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "am",
                "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "stay",
                "stays", "stayed", "become", "became", "becomes", "look", "looks", "sounded", "felt", "feel", "feels");

        private boolean copulaIn(int from, int c) {
            for (int i = from; i < c; i++) {
                if (COPULAS.contains(folded[i]) || folded[i].endsWith("'s") || folded[i].endsWith("'re")
                        || folded[i].endsWith("'m")) {
                    return true;
                }
            }
            return from > 0 && c - from <= 1 && COPULAS.contains(folded[from - 1]);
        }

        /** Whether the stance word at {@code c} stands as a verb: after its subject, a modal, "to" or on its own. */
        private boolean isVerbForm(int c) {
            String w = folded[c];
            if (c > 0 && (DETERMINERS_BEFORE_NOUN.contains(folded[c - 1]) || folded[c - 1].endsWith("'s")
                    && !PRONOUN_CONTRACTIONS.contains(folded[c - 1]))) {
                return false;   // "the support", "China's call": a noun
            }
            if (c > 1 && ARTICLES.contains(folded[c - 2]) && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing")
                    && !folded[c - 1].endsWith("s") && !folded[c - 1].endsWith("ly") && !stops(c - 2) && !stops(c - 1)
                    && !MODALS.contains(folded[c - 1]) && !folded[c - 1].equals("to")) {
                return false;   // "the family dispute", "the Libya attack": a singular noun before a bare form makes it a noun
            }
            return !w.equals("call") && !w.equals("calls") || c + 1 < folded.length
                    && (folded[c + 1].equals("for") || folded[c + 1].equals("on") || folded[c + 1].equals("upon"));
        }

        /**
         * Whether the stance word at {@code c} is another part of speech by the words around it: the first word of a
         * compound noun ("press secretary", "support group"), a noun after "no", an adjective or a preposition ("with
         * all due respect", "tremendous respect for") or before "for" or "of" that is not its particle ("support for
         * the plan"), or "back" as an adverb ("back on track", "back tweeting").
         */
        private boolean otherPartOfSpeech(int c) {
            String w = folded[c];
            if (c + 1 < folded.length && !stops(c) && StanceWords.COMPOUND_HEADS.contains(folded[c + 1])) {
                return true;
            }
            if (isBareForm(w) && nounAfterPreposition(c)) {
                return true;
            }
            if (isBareForm(w) && c + 1 < folded.length && !stops(c) && (folded[c + 1].equals("for") || folded[c + 1].equals("of"))
                    && StanceWords.triggers(w).stream().noneMatch(t -> folded[c + 1].equals(t.particle()))) {
                return true;   // "Support for Israel remains strong", "respect for farmers": a noun and its complement
            }
            return w.equals("back") && c + 1 < folded.length && !stops(c) && (StanceWords.PREPOSITIONS.contains(folded[c + 1])
                    || folded[c + 1].endsWith("ing") || StanceWords.WHEN.contains(folded[c + 1]));
        }

        /** Whether an issue's words before any complement hold one of {@code heads} ("seventh term in 2016": term). */
        private static boolean headedBy(String issue, Set<String> heads) {
            for (String word : issue.split(" ")) {
                if (StanceWords.PREPOSITIONS.contains(word)) {
                    return false;
                }
                if (heads.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The verb that makes the stance word at {@code c} its object, a noun that states its subject's stance ("voiced
         * unconditional support for", "reiterated its support for"): within three words before it, over determiners and
         * adjectives, no name; -1 if none.
         */
        private int expressedBy(int c) {
            if (!isBareForm(folded[c])) {
                return -1;
            }
            for (int b = c - 1; b >= 0 && b >= c - 4 && !stops(b) && mentionAt(b) == null; b--) {
                String f = folded[b];
                if (StanceWords.EXPRESSING.contains(f)) {
                    return b;
                }
                if (StanceWords.PREPOSITIONS.contains(f) || f.contains("'") || Character.isUpperCase(text.charAt(wordStart[b]))
                        || StanceWords.AUXILIARIES.contains(f) || !Character.isLetter(f.charAt(0))) {
                    return -1;
                }
            }
            return -1;
        }

        /** Whether a stance word has no ending of a verb's ("respect", not "respects", "respected", "respecting"). */
        private static boolean isBareForm(String w) {
            return !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing");
        }

        /**
         * Whether the word at {@code c} is a noun by what stands before it: "no", an adjective ("tremendous"), or a
         * preposition other than "to" with at most two determiners or adjectives between ("with all due respect").
         */
        private boolean nounAfterPreposition(int c) {
            if (c == 0 || stops(c - 1)) {
                return false;
            }
            String before = folded[c - 1];
            if (before.equals("no") || isModifier(before) && !before.endsWith("ly")) {
                return true;
            }
            for (int b = c - 1; b >= 0 && b >= c - 3 && !stops(b); b--) {
                String f = folded[b];
                if (StanceWords.PREPOSITIONS.contains(f)) {
                    return !f.equals("to");
                }
                boolean qualifier = StanceWords.DETERMINERS.contains(f) || isModifier(f) && !f.endsWith("ly")
                        || b == c - 1 && b > 0 && StanceWords.DETERMINERS.contains(folded[b - 1]) && !f.endsWith("s")
                        && !f.endsWith("ly") && !f.endsWith("ed") && !f.contains("'");
                if (!qualifier || mentionAt(b) != null || Character.isUpperCase(text.charAt(wordStart[b]))) {
                    return false;
                }
            }
            return false;
        }

        private static final Set<String> DETERMINERS_BEFORE_NOUN = Set.of("the", "a", "an", "his", "her", "their",
                "its", "our", "my", "your", "this", "that", "these", "those", "of", "any", "such", "whose", "for");
        /** Articles and possessive pronouns: a name after one that a noun follows qualifies that noun ("the Obama plan"). */
        private static final Set<String> ARTICLES = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
                "your");
        private static final Set<String> PRONOUN_CONTRACTIONS = Set.of("it's", "he's", "she's", "that's", "what's",
                "there's", "who's");

        /** Whether the verb at {@code c} is passive: a form of "be" before a participle ("is supported by"). */
        private boolean passive(int aux, int c) {
            if (!folded[c].endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(folded[c])) {
                return false;
            }
            for (int i = aux; i < c; i++) {
                if (BE.contains(folded[i])) {
                    return true;
                }
            }
            return false;
        }

        private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
        private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("taken", "fought", "stood");

        /**
         * A passive stance word: the agent after "by" takes the stance on the subject ("a ceasefire, which would be
         * demanded by X"); with no agent, nothing is known of who takes it.
         */
        private boolean passiveStance(int c, int next, StanceWords.Trigger t) {
            if (next >= wordStart.length || !folded[next].equals("by") || stops(next - 1)) {
                return false;
            }
            int a = next + 1;
            while (a < wordStart.length && a < next + 3 && StanceWords.DETERMINERS.contains(folded[a]) && mentionAt(a) == null) {
                a++;
            }
            Named agent = mentionAt(a);
            if (agent == null || !isActor(agent)) {
                return false;
            }
            int aux = auxiliariesBefore(c);
            Issue patient = null;
            int s = aux - 1;
            if (s >= 0 && (folded[s].equals("which") || folded[s].equals("that")) && lastIssue != null
                    && lastIssueSentence >= sentenceOf[c] - 1) {
                patient = lastIssue;
            } else if (s >= 0) {
                int start = s;
                while (start > 0 && s - start < 6 && !stops(start - 1) && !StanceWords.BOUNDARIES.contains(folded[start - 1])
                        && !isClauseStart(start - 1)) {
                    start--;
                }
                List<Issue> found = objectPhrase(start, c);
                patient = found.isEmpty() ? null : found.get(0);
            }
            if (patient == null) {
                return false;
            }
            Stance.Position p = t.polarity() > 0 ? Stance.Position.SUPPORTS : Stance.Position.OPPOSES;
            if (negated(aux, c)) {
                p = t.polarity() > 0 ? Stance.Position.OPPOSES : Stance.Position.NEUTRAL;
            }
            return add(agent, patient, p, null, evidence(c));
        }

        private boolean isClauseStart(int w) {
            return quoteOf[w] >= 0 && wordStart[w] == quotes.get(quoteOf[w]).content().start();
        }

        /**
         * Adds a stance unless the same one (actor, issue, position) is there already with this evidence or evidence
         * around it ("X accused Y of “…”": the sentence, then its quote); evidence around that of one there widens it.
         */
        private boolean add(Named actor, Issue issue, Stance.Position p, Span condition, Span evidence) {
            actor = named(actor, evidence);
            if (issue.target() != null && offices.containsKey(issue.target().span().start())) {
                issue = new Issue(issue.name(), issue.words(), named(issue.target(), evidence), issue.flipped());
            }
            if (actor == null || !isActor(actor) || isMedium(actor) || programs.contains(actor.key())) {
                return false;
            }
            if (issue.target() != null && (issue.target().same(actor) || ownCountry(actor, issue.target())
                    || ownCountry(issue.target(), actor) || ownBody(actor, issue.target()) || ownBody(issue.target(), actor)
                    || sides.getOrDefault(actor.key(), Set.of()).contains(issue.target().key()))) {
                return false;   // no stance toward oneself, nor between an office holder and its country, body or side
            }
            String key = actor.key() + "|" + issue.name() + "|" + p + "|" + evidence.start();
            if (!seen.add(key)) {
                return false;
            }
            Stance stance = new Stance(actor.span(), issue.name(), issue.target() == null ? issues.topic(issue.name())
                    : issue.name(), issue.words(), p, condition, evidence, issue.target() == null ? null : issue.target().span());
            List<Integer> said = evidences.computeIfAbsent(actor.key() + "|" + issue.name() + "|" + p, k -> new ArrayList<>());
            for (int i : said) {
                Span e = out.get(i).evidence();
                if (e.start() <= evidence.start() && evidence.end() <= e.end()) {
                    return false;   // "X accused Y of “…”": the quote inside the sentence already shown says it again
                }
                if (evidence.start() <= e.start() && e.end() <= evidence.end()) {
                    out.set(i, stance);   // the same stance, shown with the words around those it had
                    return true;
                }
            }
            said.add(out.size());
            out.add(stance);
            evidenceOf.computeIfAbsent(actor.key(), k -> new TreeMap<>()).merge(evidence.start(), evidence.end(), Math::max);
            Named country = office(actor, evidence);
            if (country != null) {
                add(country, issue, p, condition, evidence);
            }
            Named principal = principal(actor, evidence);
            if (principal != null) {
                add(principal, issue, p, condition, evidence);
            }
            return true;
        }

        /** Roles of someone who speaks for another: their words are the other's position too (a press secretary's too). */
        private static final Set<String> SPEAKING_FOR = Set.of("spokesman", "spokeswoman", "spokesperson");

        /**
         * Whom a spokesperson speaks for ("X spokeswoman Y", "Y, a spokesman for X", the White House press secretary): of
         * those the article names as the speaker's side, a main actor first, else the first by identity; a mention of
         * theirs, the last before the evidence ends. Null for anyone who speaks for nobody.
         */
        private Named principal(Named actor, Span evidence) {
            if (actor.type() != EntityType.PERSON || !speaksFor(actor.roles())) {
                return null;
            }
            ArticleEntities.Found chosen = null;
            boolean chosenMain = false;
            for (String key : new java.util.TreeSet<>(sides.getOrDefault(actor.key(), Set.of()))) {
                ArticleEntities.Found f = byKey.get(key);
                if (f == null || f.mentions().isEmpty() || f.type() != EntityType.PERSON && f.type() != EntityType.ORGANIZATION
                        || speaksFor(f.roles())) {
                    continue;
                }
                boolean isMain = main.stream().anyMatch(m -> m.key().equals(key));
                if (chosen == null || isMain && !chosenMain) {
                    chosen = f;
                    chosenMain = isMain;
                }
            }
            return chosen == null ? null : mentionOf(chosen, evidence.end());
        }

        private static boolean speaksFor(List<ArticleEntities.Role> roles) {
            // a secretary of state or of the treasury speaks for themself; a press secretary for whom they serve
            return roles.stream().anyMatch(r -> SPEAKING_FOR.contains(r.head())
                    || r.head().equals("secretary") && Names.fold(r.text()).contains("press secretary"));
        }

        /**
         * A mention of the entity layer for {@code n}: an office named by its title alone stands for the person who
         * holds it, as a mention of theirs (the last before the evidence ends, else the first).
         */
        private Named named(Named n, Span evidence) {
            ArticleEntities.Found f = n == null ? null : offices.get(n.span().start());
            return f == null || !f.key().equals(n.key()) ? n : mentionOf(f, evidence.end());
        }

        /**
         * The country a person speaks for when the article gives them its office ("the Belarusian President", "Kremlin
         * spokesman"): a mention of that country, the last before the evidence ends (else the first); or null.
         */
        private Named office(Named actor, Span evidence) {
            if (actor.type() != EntityType.PERSON) {
                return null;
            }
            for (ArticleEntities.Role r : actor.roles()) {
                ArticleEntities.Found f = r.country() == null || !Names.HEADS.contains(r.head()) ? null : countries.get(r.country());
                if (f != null) {
                    return mentionOf(f, evidence.end());
                }
            }
            return null;
        }

        /**
         * Whether a mention names a program of benefits: followed by the people it pays or its fund ("Social Security
         * recipients", "Medicare beneficiaries", "the Medicare trust fund"). A program is no actor: it takes no stance.
         */
        private boolean namesAProgram(Mention m) {
            java.util.regex.Matcher after = PROGRAM_NOUN.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
            return !Names.isPossessive(m.text()) && after.lookingAt();
        }

        private static final Pattern PROGRAM_NOUN = Pattern.compile(
                " (benefits|beneficiaries|recipients|enrollees|trust funds?|Trust Funds?)\\b");

        private static boolean isActor(Named n) {
            return n.type() != EntityType.LOCATION;
        }

        /**
         * Whether an organization is a news medium: one the gazetteer knows as a medium ("BelTA"), or one whose name
         * says so ("Associated Press", "Fox News", "The Wall Street Journal"): it reports positions, it does not take them.
         */
        static boolean isMedium(Named n) {
            Gazetteer.Entry known = Gazetteer.bundled().lookup(n.name());
            if (known != null && known.medium()) {
                return true;   // whatever the tagger took it for ("Belta" as a person)
            }
            if (n.type() != EntityType.ORGANIZATION) {
                return false;
            }
            Matcher m = Names.WORD.matcher(n.name().toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (StanceWords.MEDIA_NAMES.contains(m.group()) || m.group().startsWith("news")) {
                    return true;
                }
            }
            return false;
        }

        /** The evidence of a stance word: the quote's words in its sentence when it is quoted, else its sentence. */
        private Span evidence(int c) {
            Span sentence = sentences.get(sentenceOf[c]);
            int q = quoteOf[c];
            if (q >= 0 && quotes.get(q).direct()) {
                Span content = quotes.get(q).content();
                int start = Math.max(content.start(), sentence.start());
                int end = Math.min(content.end(), sentence.end());
                if (end > start) {
                    return new Span(start, end);
                }
            }
            return sentence;
        }

        // ---- who takes it ----

        /** Stance words of a wish, whose object may be whom the wish is for ("wants people to hear"). */
        private static final Set<String> WISHES = Set.of("want", "wants", "wanted", "wanting");
        /** Verbs whose subject also does what their infinitive says ("wants to", "refused to", "is to"). */
        private static final Set<String> CONTROL = Set.of("want", "wants", "wanted", "wish", "wishes", "decided",
                "decides", "decide", "agreed", "agrees", "hope", "hopes", "hoped", "plan", "plans", "planned", "intend",
                "intends", "intended", "seek", "seeks", "sought", "vowed", "vows", "vow", "pledged", "pledges",
                "promised", "promises", "continue", "continues", "continued", "tried", "try", "tries", "refused",
                "refuses", "refuse", "declined", "declines", "failed", "fails", "is", "are", "was", "were", "going",
                "need", "needs", "needed", "moved", "expected", "appeared", "seemed", "chose", "voted", "threatened",
                "offered", "aim", "aims", "aimed", "attempted", "prefer", "prefers", "preferred", "like", "would",
                "ready", "willing", "prepared", "able", "determined", "eager", "keen", "set", "sure", "likely");
        /** Words that make what follows them hypothetical: a stance there is nobody's yet. */
        private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "until", "whether", "once", "provided",
                "providing", "lest");

        /** Who takes the stance of the verb at {@code c}: each head of its subject, resolved. */
        private List<Named> actors(int c, int aux, int depth) {
            int sentenceStart = firstWordAt(sentences.get(sentenceOf[c]).start());
            int q = quoteOf[c];
            Quote quote = q >= 0 ? quotes.get(q) : null;
            int quoteStart = quote == null ? -1 : firstWordAt(quote.content().start());
            if (aux > 0 && folded[aux - 1].equals("to") && !stops(aux - 1)) {
                // An infinitive: the stance is its governing verb's subject's when that verb passes it on.
                int g = aux - 2;
                if (g >= sentenceStart && !stops(g) && CONTROL.contains(folded[g]) && depth < 2) {
                    List<Named> governing = actors(g, auxiliariesBefore(g), depth + 1);
                    if (!governing.isEmpty()) {
                        return governing;
                    }
                }
                Named speaker = quote != null && quote.direct() && quote.speaker() != null
                        && (g < sentenceStart || CONTROL.contains(folded[g])) ? speakerOf(quote) : null;
                return speaker == null ? List.of() : List.of(speaker);
            }
            List<Named> found = new ArrayList<>();
            int end = aux;
            int w = end - 1;
            int unresolved = -1;
            while (true) {
                int start = end;
                while (w >= 0 && w >= sentenceStart && end - w <= REACH && !stops(w)
                        && !StanceWords.BOUNDARIES.contains(folded[w]) && !isCue(w) && !commaAfter(w, end)) {
                    if (quote != null && w < quoteStart && quote.direct()) {
                        break;
                    }
                    start = w;
                    w--;
                }
                if (start == end) {
                    break;
                }
                if (w >= 0 && HYPOTHETICAL.contains(folded[w])) {
                    return List.of();
                }
                Named head = head(start, end, c, true);
                if (head == null) {
                    unresolved = start;
                    break;
                }
                found.add(head);
                // "X and Y called for": a coordinated subject, each a name.
                if (w >= 1 && (folded[w].equals("and") || commaAfter(w, w + 1) && !stops(w))
                        && mentionEndingAt(w - (folded[w].equals("and") ? 1 : 0)) != null) {
                    end = folded[w].equals("and") ? w : w + 1;
                    w = end - 1;
                    continue;
                }
                break;
            }
            if (!found.isEmpty()) {
                return found;
            }
            if (w >= 0 && HYPOTHETICAL.contains(folded[w])) {
                return List.of();
            }
            // No subject of its own: quoted words said by their speaker, a participle by the sentence's subject,
            // "… and are calling for" by the subject before "and", "who" by the name before it, else by nobody known.
            if (end > 0 && (folded[end - 1].equals("who") || folded[end - 1].equals("which")) && end - 1 > sentenceStart) {
                Named before = mentionEndingAt(end - 2);
                return before == null ? List.of() : List.of(before);
            }
            if (quote != null && quote.speaker() != null && (quote.direct() || aux <= quoteStart + 1)
                    && (unresolved < 0 || !namesSomeoneElse(unresolved, end) && !nounSubject(unresolved, end, sentenceStart))) {
                Named speaker = speakerOf(quote);
                if (speaker != null) {
                    return List.of(speaker);
                }
            }
            if (end > 0 && (folded[end - 1].equals("who") || folded[end - 1].equals("which")) && end - 1 > sentenceStart) {
                Named before = mentionEndingAt(end - 2);
                if (before != null) {
                    return List.of(before);
                }
            }
            if (end > 1 && folded[end - 1].equals("and")) {
                int opener = clauseOpener(sentenceStart, end - 1);
                List<Named> shared = opener < 0 ? null : clauseSubject(opener, end, c);
                if (shared != null) {
                    return shared;   // "allegations that he filed … and accepted …": he
                }
            }
            Named apposed = end > 0 && commaAfter(end - 1, end) ? beforeApposition(end - 1, sentenceStart) : null;
            if (apposed != null) {
                return List.of(apposed);   // "X, the governor of Y, also supports …": X
            }
            boolean participle = folded[c].endsWith("ing") || end > 0 && folded[end - 1].equals("and")
                    || end > 0 && commaAfter(end - 1, end);
            if (participle) {
                return sentenceSubject(sentenceStart, end, c);
            }
            return List.of();
        }

        /**
         * The name an apposition ending at word {@code last} follows ("X, the governor of Y,", "X, a lawyer for Y,"): the
         * apposition opens after a comma with an article or a role, runs at most eight words with no stop, and the comma
         * follows the name of an actor that is not itself the complement of an earlier apposition ("X, the sister of Y,
         * a candidate,": X); else null.
         */
        private Named beforeApposition(int last, int sentenceStart) {
            int reach = 8;
            for (int i = last; i > sentenceStart && i >= last - reach && !stops(i - 1); i--) {
                if (commaAfter(i - 1, i)) {
                    boolean opens = Set.of("the", "a", "an").contains(folded[i]) || ROLES.contains(folded[i]) || titled(i)
                            && !OF_ROLE.contains(folded[i]);
                    Named n = mentionEndingAt(i - 1);
                    if (!opens || n == null) {
                        return null;
                    }
                    int before = firstWordAt(n.span().start()) - 1;
                    while (before >= 0 && titled(before) && !OF_ROLE.contains(folded[before]) && !commaAfter(before, before + 1)) {
                        before--;
                    }
                    if (before >= 0 && !commaAfter(before, before + 1) && StanceWords.PREPOSITIONS.contains(folded[before])) {
                        reach = last - i + 9;   // "X, the sister of Y, a candidate,": Y is inside the first apposition
                        i = before + 1;
                        continue;
                    }
                    return isActor(n) && !isDemonym(n) ? n : null;
                }
            }
            return null;
        }

        /** Words that open a clause inside a sentence, whose subject a verb after "and" in it shares. */
        private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "because", "when", "while", "if",
                "where", "since", "though", "although", "unless", "until", "whereas", "after", "before");

        /** The last word before {@code to} (after {@code from}) that opens a clause, or -1. */
        private int clauseOpener(int from, int to) {
            for (int i = to - 1; i > from; i--) {
                if (stops(i)) {
                    return -1;
                }
                if (CLAUSE_OPENERS.contains(folded[i])) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The subject of the clause opened at word {@code opener}, which a verb after "and" in it shares: the name before
         * "who" or "which", else the name or pronoun right after the opener, else none when the clause opens with
         * another noun ("until the chamber extends … and approves …"); null when the clause does not decide it: a
         * "who" or "which" after no name, or a clause someone is reported to say ("wrote that X stands for … and
         * accused …": the verb may be the writer's).
         */
        private List<Named> clauseSubject(int opener, int end, int c) {
            if (folded[opener].equals("who") || folded[opener].equals("which")) {
                Named before = opener > 0 ? mentionEndingAt(opener - 1) : null;
                return before == null || !isActor(before) ? null : List.of(before);
            }
            for (int i = Math.max(0, opener - 6); i < opener && folded[opener].equals("that"); i++) {
                if (isCue(i)) {
                    return null;
                }
            }
            int i = opener + 1;
            while (i < end && titled(i) && mentionAt(i) == null) {
                i++;
            }
            if (i >= end) {
                return List.of();
            }
            if (StanceWords.PRONOUNS.contains(folded[i])) {
                Named n = pronoun(folded[i], i, c);
                return n == null ? List.of() : List.of(n);
            }
            Named n = mentionAt(i);
            return n == null || !isActor(n) || isDemonym(n) || possessiveAt(n.span().end()) ? List.of() : List.of(n);
        }

        /** Prepositions that put a deed in "-ing" after a noun ("accused officials of participating"). */
        private static final Set<String> DEED_PREPOSITIONS = Set.of("of", "in", "for");

        /** Pronouns of someone other than a speaker ("he", "you") and of what was named before ("this"). */
        private static final Set<String> OTHERS = Set.of("he", "she", "it", "they", "this", "that", "you");

        /**
         * Whether a subject {@code [from, to)} names someone other than the speaker: a pronoun other than "I" or "we", a
         * name, a noun after an article ("the government has pursued …"), or people of the speaker's ("our kids").
         */
        private boolean namesSomeoneElse(int from, int to) {
            for (int i = from; i < to; i++) {
                if (mentionAt(i) != null || OTHERS.contains(folded[i])
                        || i + 1 < to && Set.of("the", "a", "an").contains(folded[i])) {
                    return true;
                }
                if (i + 1 < to && (folded[i].equals("our") || folded[i].equals("my")) && folded[to - 1].endsWith("s")
                        && !folded[to - 1].endsWith("ss")) {
                    return true;   // "our kids can't celebrate …": people of the speaker's, not the speaker
                }
            }
            return false;
        }

        /** Words of the first person: a subject with one may be the speaker ("so we want", "our party backs"). */
        private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "i'm", "we're",
                "i've", "we've", "i'd", "we'd", "i'll", "we'll");

        /**
         * Whether words {@code [from, to)} before a verb are a subject of their own with no first person in them: they
         * open a sentence, a quotation or a clause after a comma ("“Federal law still prohibits …”", "“On Tuesday, voters
         * rejected …”", "…, and voters want …"), so the verb is theirs, not the speaker's. Words after a bare "and" may
         * share the subject before it.
         */
        private boolean nounSubject(int from, int to, int sentenceStart) {
            for (int i = from; i < to; i++) {
                if (FIRST_PERSON.contains(folded[i])) {
                    return false;
                }
            }
            return from == sentenceStart || isClauseStart(from) || commaAfter(from - 1, from)
                    || from > 0 && text.substring(wordEnd[from - 1], wordStart[from]).matches(".*[\"“‘].*")
                    || from > 1 && StanceWords.BOUNDARIES.contains(folded[from - 1]) && commaAfter(from - 2, from - 1);
        }

        private Named speakerOf(Quote quote) {
            return quote.speaker() == null ? null : mentionAt(firstWordAt(quote.speaker().start()));
        }

        /**
         * The actor heading a subject {@code [from, to)}: its last name before any preposition (the name after "the
         * authorities in", "a spokesman for"), a country whose adjective qualifies an office ("the Chinese foreign
         * ministry"), the speaker a first-person pronoun stands for, or whom another pronoun stands for.
         */
        private Named head(int from, int to, int c, boolean pronouns) {
            Named found = null;
            int firstPreposition = -1;
            for (int i = from; i < to; i++) {
                if (StanceWords.PREPOSITIONS.contains(folded[i]) && mentionAt(i) == null) {
                    firstPreposition = i;
                    break;
                }
            }
            int limit = firstPreposition < 0 ? to : firstPreposition;
            if (limit > from) {
                for (Named n : mentions.subMap(wordStart[from], wordEnd[limit - 1]).values()) {
                    if (n.span().end() <= wordEnd[limit - 1]) {
                        found = n;
                    }
                }
            }
            if (found != null) {
                int after = firstWordAt(found.span().end());
                if (isDemonym(found)) {
                    // "the Chinese foreign ministry": the country speaks; "Chinese companies": no actor.
                    return after < limit && StanceWords.SPOKESPEOPLE.contains(folded[limit - 1]) ? found : null;
                }
                return found;
            }
            if (firstPreposition > from && StanceWords.SPOKESPEOPLE.contains(folded[firstPreposition - 1])) {
                Map.Entry<Integer, Named> e = mentions.ceilingEntry(wordStart[firstPreposition]);
                if (e != null && e.getValue().span().end() <= wordEnd[to - 1]) {
                    return e.getValue().type() == EntityType.LOCATION ? capitalOf(e.getValue()) : e.getValue();
                }
            }
            boolean allPronouns = to - from <= 2;
            for (int i = from; i < to; i++) {
                allPronouns &= StanceWords.PRONOUNS.contains(folded[i]) || PRONOUN_CONTRACTIONS.contains(folded[i]);
            }
            if (pronouns && allPronouns) {
                String p = folded[from];
                if (StanceWords.PRONOUNS.contains(p) || PRONOUN_CONTRACTIONS.contains(p)) {
                    return pronoun(p.replaceAll("'s$", ""), from, c);
                }
            }
            return null;
        }

        /**
         * The country whose capital or seat of government a place is ("the authorities in Kyiv" speak for Ukraine): a
         * mention of that country, the last before the place (else the first); null when the article names none.
         */
        private Named capitalOf(Named place) {
            List<Gazetteer.Match> found = Gazetteer.bundled().find(place.span().of(text));
            if (found.size() != 1 || found.get(0).form() != Gazetteer.Form.CAPITAL && found.get(0).form() != Gazetteer.Form.SEAT) {
                return null;
            }
            ArticleEntities.Found country = countries.get(found.get(0).entry().name());
            return country == null ? null : mentionOf(country, place.span().start());
        }

        /** A mention of an entity: the last that starts before {@code at}, else its first. */
        private static Named mentionOf(ArticleEntities.Found f, int at) {
            Mention chosen = f.mentions().get(0);
            for (Mention m : f.mentions()) {
                if (m.start() < at) {
                    chosen = m;
                }
            }
            return Named.of(f, chosen);
        }

        /** Whom a pronoun at word {@code w} stands for. */
        private Named pronoun(String p, int w, int c) {
            int q = quoteOf[w] >= 0 ? quoteOf[w] : quoteOf[c];
            Quote quote = q >= 0 ? quotes.get(q) : null;
            Named speaker = quote == null || quote.speaker() == null ? null : mentionAt(firstWordAt(quote.speaker().start()));
            if (p.equals("i") || p.equals("we")) {
                if (speaker != null) {
                    return speaker;
                }
                return lastSpeaker(w);
            }
            Set<EntityType> kinds = switch (p) {
                case "he", "she" -> Set.of(EntityType.PERSON);
                case "it" -> Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY);
                case "they" -> Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY);
                default -> Set.of();
            };
            if (kinds.isEmpty()) {
                return null;
            }
            // Right after a cue: "the authorities in Kyiv said that they …" — the cue's subject.
            int k = w - 1;
            if (k >= 0 && folded[k].equals("that")) {
                k--;
            }
            if (k >= 0 && isCue(k) && !stops(k)) {
                int aux = auxiliariesBefore(k);
                int start = aux;
                for (int i = aux - 1; i >= 0 && aux - i <= REACH && !stops(i) && !StanceWords.BOUNDARIES.contains(folded[i])
                        && !isCue(i) && !commaAfter(i, aux); i--) {
                    start = i;
                }
                Named subject = start < aux ? head(start, aux, k, false) : null;
                if (subject != null && kinds.contains(subject.type())) {
                    return subject;
                }
            }
            // Within what someone is quoted saying, the nearest fitting name said before it.
            if (quote != null) {
                int from = quote.content().start();
                Named nearest = null;
                for (Named n : mentions.subMap(Math.min(from, wordStart[w]), wordStart[w]).values()) {
                    if (kinds.contains(n.type()) && !isDemonym(n) && !isObject(n) && !qualifiesNoun(n)) {
                        nearest = n;
                    }
                }
                if (nearest != null) {
                    return nearest;
                }
                if (speaker != null && kinds.contains(speaker.type()) && (!quote.direct() || wordStart[w] < quote.content().start())) {
                    return speaker;   // "Moscow said it is open to talks": the one reported
                }
            }
            // Right after a cue: "Moscow said they are “open to …”" — the cue's speaker.
            for (int i = Math.max(0, w - 3); i < w; i++) {
                Quote x = cuedAt[i];
                if (x != null && x.speaker() != null) {
                    Named s = speakerOf(x);
                    if (s != null && kinds.contains(s.type())) {
                        return s;
                    }
                }
            }
            if (p.equals("he") || p.equals("she")) {
                Named subject = previousSubject(w);
                if (subject != null && kinds.contains(subject.type()) && !isDemonym(subject)) {
                    return subject;   // "X is more conservative than Y; he opposes …": the subject goes on
                }
            }
            int back = firstWordAt(sentences.get(Math.max(0, sentenceOf[w] - SENTENCES_BACK + 1)).start());
            Named nearest = null;
            for (Named n : mentions.subMap(wordStart[Math.min(back, w)], wordStart[w]).values()) {
                if (kinds.contains(n.type()) && !isDemonym(n) && !isObject(n) && !qualifiesNoun(n)) {
                    nearest = n;
                }
            }
            return nearest;
        }

        /**
         * For a pronoun opening a sentence or a clause after a semicolon, the name the clause before opens with (past a
         * title): its subject, whom a following "he" or "she" continues; null when the pronoun opens nothing or that
         * clause opens with no name.
         */
        private Named previousSubject(int w) {
            if (w == 0 || !opensClause(w)) {
                return null;
            }
            int k = w - 1;
            while (k > 0 && !opensClause(k)) {
                k--;
            }
            if (k + 1 < w && Names.isTitleWord(text.substring(wordStart[k], wordEnd[k]))) {
                k++;
            }
            return mentionAt(k);
        }

        private boolean opensClause(int w) {
            return w == 0 || firstWordAt(sentences.get(sentenceOf[w]).start()) == w
                    || text.substring(wordEnd[w - 1], wordStart[w]).contains(";");
        }

        /** The speaker of the last quote before word {@code w} within a few sentences: "we" outside marks. */
        private Named lastSpeaker(int w) {
            Map.Entry<Integer, Quote> e = spoken.lowerEntry(wordStart[w]);
            if (e == null || sentenceOf[Math.min(wordStart.length - 1, firstWordAt(e.getKey()))] < sentenceOf[w] - SENTENCES_BACK) {
                return null;
            }
            return speakerOf(e.getValue());
        }

        /**
         * The subject a sentence opens with, before word {@code to}: a pronoun standing for someone, else its first
         * actor that is no object (the name after an office when its country comes first: "the Belarusian President
         * Alexander Lukashenko"), with any actor joined to it by "and".
         */
        private List<Named> sentenceSubject(int from, int to, int c) {
            if (from < to && StanceWords.PRONOUNS.contains(folded[from])) {
                Named n = pronoun(folded[from], from, c);
                return n == null ? List.of() : List.of(n);
            }
            int limit = to < wordStart.length ? wordStart[to] : text.length();
            for (Named n : mentions.subMap(wordStart[from], limit).values()) {
                if (!isActor(n) || isObject(n)) {
                    continue;
                }
                if (isDemonym(n)) {
                    if (!followedByOffice(n)) {
                        continue;
                    }
                    int after = firstWordAt(n.span().end());
                    for (int i = after; i < Math.min(after + 4, to); i++) {
                        Named person = mentionAt(i);
                        if (person != null && person.type() == EntityType.PERSON) {
                            n = person;
                            break;
                        }
                    }
                }
                List<Named> found = new ArrayList<>(List.of(n));
                int after = firstWordAt(n.span().end());
                if (after + 1 < to && folded[after].equals("and") && !stops(after - 1)) {
                    Named other = mentionAt(after + 1);
                    if (other != null && isActor(other) && !isDemonym(other)) {
                        found.add(other);
                    }
                }
                return found;
            }
            return List.of();
        }

        private boolean followedByOffice(Named n) {
            int after = firstWordAt(n.span().end());
            for (int i = after; i < Math.min(after + 3, folded.length); i++) {
                if (StanceWords.SPOKESPEOPLE.contains(folded[i])) {
                    return true;
                }
            }
            return false;
        }

        private boolean isObject(Named n) {
            int w = firstWordAt(n.span().start());
            for (int i = w - 1; i >= Math.max(0, w - 3); i--) {
                if (StanceWords.PREPOSITIONS.contains(folded[i]) || Set.of("met", "told", "urged", "thanked", "accused",
                        "visited", "called", "asked", "invited", "warned", "blamed").contains(folded[i])
                        || !StanceWords.triggers(folded[i]).isEmpty() && !ADJECTIVES.contains(folded[i])) {
                    return true;
                }
                if (!Character.isUpperCase(text.charAt(wordStart[i])) && !Set.of("the", "mr", "mrs", "ms", "dr")
                        .contains(folded[i])) {
                    return false;
                }
            }
            return false;
        }

        /** "Chinese" in "the Chinese foreign ministry": a country's adjective, or its people ("Americans"). */
        private boolean isDemonym(Named n) {
            if (n.type() != EntityType.COUNTRY) {
                return false;
            }
            String t = n.span().of(text);
            if (t.endsWith("ans") && !t.equalsIgnoreCase(n.name())) {
                t = t.substring(0, t.length() - 1);
            }
            return !t.equalsIgnoreCase(n.name()) && (t.endsWith("ian") || t.endsWith("ese") || t.endsWith("ish")
                    || t.endsWith("an") || t.endsWith("ic") || t.endsWith("i") || t.endsWith("ch"));
        }

        /** Whether a negation stands in the verb group before the stance word at {@code c}. */
        private boolean negated(int aux, int c) {
            if (aux >= 2 && folded[aux - 1].equals("to") && !stops(aux - 2)) {
                int g = aux - 2;   // "refused to criticize", "did not want to back"
                if (StanceWords.NEGATORS.contains(folded[g]) || negated(auxiliariesBefore(g), g)) {
                    return true;
                }
            }
            for (int i = Math.max(0, aux - 1); i < c; i++) {
                if (StanceWords.NEGATORS.contains(folded[i]) || folded[i].endsWith("n't")) {
                    return true;
                }
            }
            return false;
        }

        // ---- what it is on ----

        /** What the stance word at {@code c}, read to word {@code at}, is on: its objects (one per conjunct). */
        private List<Issue> objects(int at, StanceWords.Trigger t, int c) {
            if (at >= wordStart.length || stops(at - 1) || sentenceOf[at] != sentenceOf[c]) {
                return List.of();
            }
            int w = at;
            if (t.frame() == StanceWords.Frame.APPEAL) {
                if (folded[w].equals("for")) {
                    w++;
                } else if (folded[w].equals("that")) {
                    return List.of();
                } else {
                    // "urged Kyiv to accept …": an addressee, then what they should do.
                    int to = infinitiveAfter(w);
                    Issue ousted = to > w ? askedToGo(to) : null;
                    if (ousted != null) {
                        return List.of(ousted);
                    }
                    if (to > w && to + 1 < wordStart.length && !stops(to)) {
                        List<Issue> asked = verbPhrase(to + 1, c);
                        if (!asked.isEmpty()) {
                            appeal = new Span(wordStart[w], asked.stream().mapToInt(x -> x.words().end()).max().getAsInt());
                        }
                        return asked;
                    }
                }
            } else if (folded[w].equals("to") && t.particle() == null || t.particle() != null && t.particle().equals("to")
                    && isVerbAfterTo(w) && (ADJECTIVES.contains(folded[c]) || isBareForm(folded[w]) && !isModifier(folded[w]))) {
                // "ready to talk", "agreed to attend": what follows "to" is a verb, the stance is on its object
                int v = folded[w].equals("to") ? w + 1 : w;
                List<Issue> done = v < wordStart.length && !stops(v - 1) ? verbPhrase(v, c) : List.of();
                if (!done.isEmpty() || ADJECTIVES.contains(folded[c]) || folded[w].equals("to")
                        || v + 1 >= wordStart.length || stops(v) || !StanceWords.DETERMINERS.contains(folded[v + 1])) {
                    return done;
                }
                // "agreed to impose a lower tax": a verb of its own with its object, the phrase is the issue
            }
            if (w >= wordStart.length || stops(w - 1)) {
                return List.of();
            }
            int to = infinitiveAfter(w);
            Issue ousted = to > w ? askedToGo(to) : null;
            if (ousted != null) {
                return List.of(ousted);   // "called for X to step down", "wants X to resign": against X
            }
            to = WISHES.contains(folded[c]) ? to : -1;
            if (to > w) {
                // "wants people to hear …", "wanted Kyiv to accept the offer": a wish for what others do, on that deed
                return to + 1 < wordStart.length && !stops(to) ? verbPhrase(to + 1, c) : List.of();
            }
            List<Issue> found = objectPhrase(w, Math.min(wordStart.length, w + REACH));
            if (t.frame() == StanceWords.Frame.APPEAL) {
                // "pressed X on whether …", "urged X": whom one urges without asking anything is no stance toward them;
                // what follows "calls on" is always whom it addresses ("calls on all people of good will to …")
                found = t.particle() != null ? List.of() : found.stream().filter(o -> o.target() == null).toList();
            }
            return found;
        }

        /**
         * The "to" of an infinitive after an addressee starting at word {@code w} ("Kyiv to accept", "the two sides to
         * talk"), within a few words and before any boundary; else -1.
         */
        private int infinitiveAfter(int w) {
            for (int i = w; i < Math.min(wordStart.length, w + 7); i++) {
                if (i > w && stops(i - 1)) {
                    i = afterParenthesis(i - 1);   // "X (R-Mo.) to drop out": over the name's parenthesis
                    if (i < 0 || i >= wordStart.length) {
                        return -1;
                    }
                }
                if (StanceWords.BOUNDARIES.contains(folded[i]) && !folded[i].equals("and")) {
                    return -1;
                }
                if (folded[i].equals("to")) {
                    return i;
                }
            }
            return -1;
        }

        /** The word after a short parenthesis that opens after word {@code w} ("X (R-Mo.) to"), or -1. */
        private int afterParenthesis(int w) {
            if (w + 1 >= wordStart.length || !text.substring(wordEnd[w], wordStart[w + 1]).contains("(")) {
                return -1;
            }
            int close = text.indexOf(')', wordEnd[w]);
            int next = close < 0 ? -1 : firstWordAt(close);
            return next < 0 || next > w + 5 || next >= wordStart.length || stops(next - 1)
                    && !text.substring(close + 1, wordStart[next]).isBlank() ? -1 : next;
        }

        /**
         * An actor named just before the "to" at word {@code to} who is asked to go ("X to resign", "X to step down",
         * "X to be fired"): against that actor; else null.
         */
        private Issue askedToGo(int to) {
            int last = to - 1;
            if (last > 0 && text.substring(wordEnd[last], wordStart[to]).contains(")")) {
                int open = text.lastIndexOf('(', wordStart[to]);
                if (open > wordStart[Math.max(0, to - 6)]) {
                    last = firstWordAt(open) - 1;   // "X (R-Mo.) to drop out": the name before its parenthesis
                }
            }
            Named n = last < 0 ? null : mentionEndingAt(last);
            int v = to + 1;
            if (v < wordStart.length && folded[v].equals("be") && !stops(v)) {
                v++;
            }
            if (n == null || !isActor(n) || last == to - 1 && stops(to - 1) || stops(to) || v >= wordStart.length || !OUSTING.contains(folded[v])
                    || folded[v].equals("step") && (v + 1 >= wordStart.length || !Set.of("down", "aside").contains(folded[v + 1]))
                    || folded[v].equals("drop") && (v + 1 >= wordStart.length || !folded[v + 1].equals("out"))) {
                return null;
            }
            return new Issue(n.name(), n.span(), n, true);
        }

        /** What one asks of someone who should go. */
        private static final Set<String> OUSTING = Set.of("resign", "step", "quit", "drop", "fired", "removed", "ousted",
                "impeached", "recalled", "replaced", "expelled", "dismissed", "sacked", "disciplined", "punished",
                "prosecuted", "jailed", "arrested");

        /** Whether word {@code w} (after "ready to", "willing to") is a verb: not a name, a determiner or a known term. */
        private boolean isVerbAfterTo(int w) {
            return mentionAt(w) == null && !StanceWords.DETERMINERS.contains(folded[w])
                    && issues.termAt(folded, w, wordStart.length) == null
                    && !Character.isUpperCase(text.charAt(wordStart[w]));
        }

        /**
         * What an infinitive at word {@code v} is about: "accept the offer" and "negotiate a truce" the offer and the
         * truce; "end the war" the war, against; "negotiate" alone the talks.
         */
        private List<Issue> verbPhrase(int v, int c) {
            if (v >= wordStart.length || mentionAt(v) != null) {
                return List.of();
            }
            String verb = folded[v];
            boolean ending = StanceWords.ENDING_VERBS.contains(verb);
            int w = v + 1;
            if (w < wordStart.length && !stops(v) && Set.of("to", "on", "with", "in", "for", "up", "about", "out", "off",
                    "into").contains(folded[w]) && (StanceWords.LIGHT_VERBS.contains(verb) || ending)) {
                w++;
            }
            if (!StanceWords.LIGHT_VERBS.contains(verb) && !ending) {
                if (VERB_NOUNS.containsKey(verb)) {
                    return List.of(new Issue(VERB_NOUNS.get(verb), new Span(wordStart[v], wordEnd[v]), null, false));
                }
                return List.of();
            }
            if (w < wordStart.length && Set.of("sure", "certain", "clear").contains(folded[w])) {
                return List.of();   // "to make sure there is no conflict": a clause follows, not the thing wanted
            }
            if (w >= wordStart.length || stops(w - 1)) {
                return VERB_NOUNS.containsKey(verb)
                        ? List.of(new Issue(VERB_NOUNS.get(verb), new Span(wordStart[v], wordEnd[v]), null, false)) : List.of();
            }
            List<Issue> found = objectPhrase(w, Math.min(wordStart.length, w + REACH));
            if (found.isEmpty() && VERB_NOUNS.containsKey(verb)) {
                return List.of(new Issue(VERB_NOUNS.get(verb), new Span(wordStart[v], wordEnd[v]), null, false));
            }
            if (!ending) {
                return found;
            }
            List<Issue> flipped = new ArrayList<>();
            for (Issue i : found) {
                String end = i.target() == null ? issues.normalize(new ArrayList<>(List.of(("end of " + i.name()).split(" "))))
                        : null;
                if (end != null && !end.startsWith("end of ") && !end.equals(i.name())) {
                    // "urged Moscow to stop the war": for the war's end, a known term ("ceasefire")
                    flipped.add(new Issue(end, new Span(wordStart[v], i.words().end()), null, i.flipped()));
                } else {
                    flipped.add(new Issue(i.name(), i.words(), i.target(), !i.flipped()));
                }
            }
            return flipped;
        }

        /**
         * The purpose an appeal gives after what it asks, from word {@code w}: "to end the war" (the war's end), "in
         * order to restore peace"; or null.
         */
        private Issue purpose(int w, int c) {
            if (w < wordStart.length && folded[w].equals("in") && w + 2 < wordStart.length && folded[w + 1].equals("order")) {
                w += 2;
            } else if (w < wordStart.length && folded[w].equals("so") && w + 2 < wordStart.length && folded[w + 1].equals("as")) {
                w += 2;
            }
            if (w + 1 >= wordStart.length || !folded[w].equals("to") || stops(w) || stops(w - 1) || sentenceOf[w] != sentenceOf[c]) {
                return null;
            }
            String verb = folded[w + 1];
            if (StanceWords.ENDING_VERBS.contains(verb) && w + 2 < wordStart.length && !stops(w + 1)) {
                List<Issue> ended = objectPhrase(w + 2, Math.min(wordStart.length, w + 2 + REACH));
                if (ended.isEmpty() || ended.get(0).target() != null) {
                    return null;
                }
                Issue e = ended.get(0);
                List<String> words = new ArrayList<>(List.of("end", "of"));
                words.addAll(List.of(e.name().split(" ")));
                return new Issue(issues.normalize(words), new Span(wordStart[w + 1], e.words().end()), null, false);
            }
            List<Issue> found = verbPhrase(w + 1, c);
            return found.isEmpty() || found.get(0).flipped() || found.get(0).target() != null ? null : found.get(0);
        }

        /** Verbs that name an issue on their own ("ready to negotiate"). */
        private static final Map<String, String> VERB_NOUNS = Map.of("negotiate", "peace talks", "talk", "peace talks",
                "compromise", "compromise", "cooperate", "cooperation", "withdraw", "troop withdrawal", "disarm",
                "disarmament", "intervene", "intervention", "retaliate", "retaliation", "dialogue", "peace talks");

        /**
         * The noun phrases from word {@code w} on (before {@code limit}): one, or several joined by "and" ("a
         * ceasefire and negotiations"). An actor's name is a target; "that" or "it" alone the issue last named.
         */
        private List<Issue> objectPhrase(int w, int limit) {
            List<Issue> found = new ArrayList<>();
            Issue first = nounPhrase(w, limit);
            if (first == null) {
                return found;
            }
            found.add(first);
            int after = firstWordAt(first.words().end());
            // Coordination: "for a ceasefire and (then) for negotiations".
            while (after + 1 < limit && found.size() < 4 && (folded[after].equals("and") || folded[after].equals("or"))
                    && !commaAfter(after - 1, after) && !stops(after - 1)) {
                int n = after + 1;
                if (n < limit && Set.of("then", "also", "later").contains(folded[n])) {
                    n++;
                }
                if (n < limit && Set.of("for", "to", "on").contains(folded[n])) {
                    n++;
                }
                if (n >= limit || !startsNounPhrase(n) || StanceWords.ANAPHORS.contains(folded[n])) {
                    break;
                }
                Issue more = nounPhrase(n, limit);
                if (more == null) {
                    break;
                }
                found.add(more);
                after = firstWordAt(more.words().end());
            }
            return found;
        }

        /** Whether a second conjunct starts at word {@code n}: a determiner, a name or a known term. */
        private boolean startsNounPhrase(int n) {
            return StanceWords.DETERMINERS.contains(folded[n]) || mentionAt(n) != null
                    || issues.termAt(folded, n, wordStart.length) != null;
        }

        /** One noun phrase from word {@code w}: an actor, an anaphor's issue or an issue phrase; null when none. */
        private Issue nounPhrase(int w, int limit) {
            int i = w;
            Named possessor = null;
            while (i < limit && (StanceWords.DETERMINERS.contains(folded[i]) || folded[i].matches("\\d+(-\\w+)?")
                    && i + 1 < limit && !stops(i))) {
                if (StanceWords.ANAPHORS.contains(folded[i]) && (i + 1 >= limit || stops(i) || commaAfter(i, i + 1)
                        || StanceWords.BOUNDARIES.contains(folded[i + 1]) || StanceWords.WHEN.contains(folded[i + 1])
                        || StanceWords.PREPOSITIONS.contains(folded[i + 1]))) {
                    break;
                }
                if (stops(i)) {
                    return null;
                }
                i++;
            }
            if (i >= limit) {
                return null;
            }
            if (StanceWords.ANAPHORS.contains(folded[i]) && (i + 1 >= limit || stops(i) || commaAfter(i, i + 1)
                    || StanceWords.BOUNDARIES.contains(folded[i + 1]) || StanceWords.WHEN.contains(folded[i + 1])
                    || StanceWords.PREPOSITIONS.contains(folded[i + 1]))) {
                if (lastIssue != null && lastIssueSentence >= sentenceOf[i] - SENTENCES_BACK) {
                    return new Issue(lastIssue.name(), new Span(wordStart[i], wordEnd[i]), lastIssue.target(), false);
                }
                return null;
            }
            for (int k = i; k < Math.min(limit, i + 3) && mentionAt(i) == null; k++) {
                if (!titled(k) || stops(k)) {
                    break;
                }
                if (mentionAt(k + 1) != null) {
                    i = k + 1;   // "Governor Lars Holm": the title before a name
                    break;
                }
            }
            Named named = mentionAt(i);
            if (named != null && isActor(named)) {
                int after = firstWordAt(named.span().end());
                boolean possessive = possessiveAt(named.span().end());
                if (!possessive && (!isDemonym(named) || after >= limit || stops(after - 1))) {
                    if (after >= limit || stops(after - 1) || commaAfter(after - 1, after) || !isNounWord(after)) {
                        return new Issue(named.name(), named.span(), named, false);
                    }
                }
                if (possessive || !isDemonym(named) && isNounWord(after)) {
                    possessor = named;
                    i = after;
                    while (i < limit && StanceWords.DETERMINERS.contains(folded[i]) && !stops(i - 1)) {
                        i++;
                    }
                }
            } else if (i < limit && folded[i].endsWith("'s") && !PRONOUN_CONTRACTIONS.contains(folded[i])) {
                Named owner = mentions.get(wordStart[i]);
                if (owner != null && isActor(owner)) {
                    possessor = owner;   // a name whose word takes the "'s": "Beijing's involvement"
                }
                i++;   // else an unnamed possessor: "the party's record"
            }
            if (i >= limit || stops(i - 1) && i > w) {
                return possessor == null ? null : new Issue(possessor.name(), possessor.span(), possessor, false);
            }
            // Nouns that only carry their complement: "calls for a ceasefire", "efforts by X to negotiate a truce".
            if (StanceWords.LIGHT_NOUNS.contains(folded[i])) {
                int n = i + 1;
                if (n >= limit || stops(i)) {
                    return possessor == null ? null : new Issue(possessor.name(), possessor.span(), possessor, false);
                }
                if (n + 1 < limit && folded[n].equals("and") && StanceWords.LIGHT_NOUNS.contains(folded[n + 1])) {
                    n += 2;   // "position and proposals on …"
                }
                if (folded[n].equals("by") || folded[n].equals("from")) {
                    while (n < limit && n < i + 6 && !folded[n].equals("to") && !stops(n)) {
                        n++;
                    }
                }
                if (n + 1 < limit && !stops(n) && Set.of("for", "of", "on", "to").contains(folded[n])) {
                    if (folded[n].equals("to") && !isNounStart(n + 1)) {
                        List<Issue> vp = verbPhrase(n + 1, n);
                        if (!vp.isEmpty()) {
                            return vp.get(0);
                        }
                    } else {
                        Issue inner = nounPhrase(n + 1, limit);
                        if (inner != null) {
                            return inner;
                        }
                    }
                }
                // No complement that names the issue: the light noun's possessor ("welcomed Beijing's involvement"), or none.
                return possessor == null ? null : new Issue(possessor.name(), possessor.span(), possessor, false);
            }
            List<Issue> ended = endOf(i, limit);
            if (ended != null) {
                return ended.isEmpty() ? null : ended.get(0);
            }
            int start = i;
            List<String> words = new ArrayList<>();
            int end = -1;
            boolean complement = false;
            for (; i < limit && words.size() < ISSUE_WORDS; i++) {
                if (i > start && (stops(i - 1) || commaAfter(i - 1, i))) {
                    break;
                }
                String f = folded[i];
                Named inside = i > start ? mentionAt(i) : null;
                if (inside != null && inside.type() == EntityType.PERSON) {
                    if (titled(i - 1) && isActor(inside)) {
                        return new Issue(inside.name(), inside.span(), inside, false);   // "the Texas governor X": X
                    }
                    break;   // a person is an actor, never a word of an issue
                }
                if (f.equals("and") && i > start && !complement && i + 2 < limit && !stops(i) && !commaAfter(i - 1, i)
                        && isModifier(folded[i - 1]) && isModifier(folded[i + 1]) && isNounWord(i + 2)) {
                    words.add(f);   // "political and military alliance": two modifiers of one noun
                    continue;
                }
                if (i > start && !complement && (participle(f) || clauseInIng(i))
                        && !StanceWords.DETERMINERS.contains(folded[i - 1])) {
                    break;   // "the people arrested", "the seat being vacated", "records relating to": a clause on the noun
                }
                if (StanceWords.BOUNDARIES.contains(f) || StanceWords.NOT_ISSUE.contains(f) && !f.equals("to")
                        || StanceWords.WHEN.contains(f) || isCue(i) || StanceWords.CONDITIONS.contains(f)
                        || f.equals("only") || !StanceWords.triggers(f).isEmpty() && i > start && !complement) {
                    break;
                }
                if (StanceWords.PREPOSITIONS.contains(f)) {
                    if (i > start && i + 1 < limit && DEED_PREPOSITIONS.contains(f) && !stops(i)
                            && folded[i + 1].endsWith("ing") && folded[i + 1].length() > 4
                            && issues.termAt(folded, i + 1, limit) == null) {
                        break;   // "accused officials of participating", "join the bishops in pointing out": a deed, not the issue
                    }
                    if (i == start || complement && !f.equals("of") || !StanceWords.COMPLEMENTS.contains(f)
                            || i + 1 >= limit || stops(i) || f.equals("to") && !isNounStart(i + 1)) {
                        break;
                    }
                    complement = true;
                    words.add(f);
                    continue;
                }
                if (words.size() >= 5 && !complement) {
                    break;
                }
                words.add(f);
                end = i;
            }
            while (!words.isEmpty() && StanceWords.PREPOSITIONS.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            if (end < start || words.isEmpty()) {
                return possessor == null ? null : new Issue(possessor.name(), possessor.span(), possessor, false);
            }
            List<String> clean = new ArrayList<>();
            for (String x : words) {
                if (StanceWords.DETERMINERS.contains(x) && clean.size() > 0
                        && StanceWords.PREPOSITIONS.contains(clean.get(clean.size() - 1))) {
                    continue;   // "in the region": "in region"
                }
                clean.add(x.replaceAll("'s$", ""));
            }
            while (clean.size() > 1 && StanceWords.INTENSIFIERS.contains(clean.get(0))) {
                clean.remove(0);   // "the very need for moderators": "need for moderators"
            }
            String head = clean.get(0);
            if (StanceWords.PARTICLES.contains(head) && start == w
                    || StanceWords.NO_ISSUE.contains(head) && (clean.size() == 1 || StanceWords.PREPOSITIONS.contains(clean.get(1)))) {
                return null;
            }
            if (participle(head) && (clean.size() == 1 || StanceWords.PREPOSITIONS.contains(clean.get(1)))) {
                return null;   // "to have her sentenced to 18 months": a verb and its complement, no noun
            }
            if (clean.size() == 1 && (head.endsWith("ed") || head.endsWith("ly") || head.contains("'") || isModifier(head))) {
                return null;   // a verb, an adverb or an adjective alone names nothing ("leaned", "presidential")
            }
            if (clean.size() == 1 && (StanceWords.PRONOUNS.contains(head) || head.length() < 3
                    || StanceWords.DETERMINERS.contains(head) || head.matches("\\d+"))) {
                return null;
            }
            return new Issue(issues.normalize(clean), new Span(wordStart[start], wordEnd[end]), null, false);
        }

        /**
         * "An end to reckless spending", "a halt to the strikes" from word {@code i}: against what is to end, or for
         * the known term its end is ("an end to the war": a ceasefire); none when what ends is nothing or a stretch of
         * time ("the end of the year"); null when word {@code i} opens no such phrase.
         */
        private List<Issue> endOf(int i, int limit) {
            if (i + 2 >= limit || !ENDINGS.contains(folded[i]) || stops(i) || stops(i + 1)
                    || !folded[i + 1].equals("to") && !folded[i + 1].equals("of")) {
                return null;
            }
            Issue inner = nounPhrase(i + 2, limit);
            if (inner == null || inner.target() == null && !Collections.disjoint(PERIODS, List.of(inner.name().split(" ")))) {
                return List.of();
            }
            if (inner.target() == null) {
                List<String> words = new ArrayList<>(List.of("end", "of"));
                words.addAll(List.of(inner.name().split(" ")));
                String known = issues.normalize(words);
                if (!known.startsWith("end of ")) {
                    return List.of(new Issue(known, new Span(wordStart[i], inner.words().end()), null, inner.flipped()));
                }
            }
            return List.of(new Issue(inner.name(), inner.words(), inner.target(), !inner.flipped()));
        }

        private static final Set<String> ENDINGS = Set.of("end", "halt", "stop");
        private static final Set<String> PERIODS = Set.of("year", "month", "week", "day", "session", "term", "season",
                "decade", "century", "quarter", "summer", "winter", "spring", "autumn", "fall");

        /** Whether a word has the ending of an adjective that qualifies a noun ("political", "economic", "military"). */
        private static boolean isModifier(String word) {
            for (String ending : MODIFIER_ENDINGS) {
                if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                    return true;
                }
            }
            return false;
        }

        private static final List<String> MODIFIER_ENDINGS = List.of("al", "ic", "ive", "ary", "ous", "ful", "ian", "ish",
                "ese");

        /** Whether word {@code w} may start a noun phrase after "to": a determiner, a name, a known term or a number. */
        private boolean isNounStart(int w) {
            return w < wordStart.length && (StanceWords.DETERMINERS.contains(folded[w]) || mentionAt(w) != null
                    || issues.termAt(folded, w, wordStart.length) != null || Character.isDigit(text.charAt(wordStart[w]))
                    || folded[w].endsWith("'s"));
        }

        /** Whether word {@code w} can go on a noun phrase after a name ("Ukraine crisis"): not a verb of speech or a stop. */
        private boolean isNounWord(int w) {
            return w < wordStart.length && !StanceWords.BOUNDARIES.contains(folded[w]) && !StanceWords.PREPOSITIONS.contains(folded[w])
                    && !StanceWords.NOT_ISSUE.contains(folded[w]) && !isCue(w) && !StanceWords.WHEN.contains(folded[w])
                    && mentionAt(w) == null && StanceWords.triggers(folded[w]).isEmpty()
                    && !StanceWords.AUXILIARIES.contains(folded[w]);
        }

        private boolean possessiveAt(int end) {
            return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                    && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == ' ')
                    || end >= 2 && text.substring(end - 2, end).matches("['’]s");
        }

        // ---- on what condition ----

        /**
         * The condition after an object ending before word {@code w}, in the stance word's sentence: the words after
         * "only if", "unless", "provided (that)", "as long as", "on (the) condition that", "only when", "until",
         * "in exchange for", "only with", to the end of the clause; or null.
         */
        private Span condition(int w, int c) {
            int sentence = sentenceOf[c];
            Span bounds = sentences.get(sentence);
            for (int i = w; i < wordStart.length && i < w + REACH && wordStart[i] < bounds.end(); i++) {
                if (i > w && stops(i - 1) && text.substring(wordEnd[i - 1], wordStart[i]).matches("(?s).*[.;!?\n].*")
                        || i > w && commaAfter(i - 1, i) && Set.of("or", "and", "but", "while", "which", "whereas")
                        .contains(folded[i])) {
                    return null;
                }
                int from = conditionStart(i);
                if (from > 0 && from < wordStart.length && wordStart[from] < bounds.end()) {
                    int end = from;
                    while (end + 1 < wordStart.length && wordStart[end + 1] < bounds.end() && !semicolonAfter(end)) {
                        end++;
                    }
                    return closed(new Span(wordStart[i], wordEnd[end]));
                }
            }
            return null;
        }

        /** The word after a condition's connective starting at word {@code i}, or -1 when none starts there. */
        private int conditionStart(int i) {
            String f = folded[i];
            String n1 = i + 1 < folded.length ? folded[i + 1] : "";
            String n2 = i + 2 < folded.length ? folded[i + 2] : "";
            String n3 = i + 3 < folded.length ? folded[i + 3] : "";
            if (f.equals("only") && (n1.equals("if") || n1.equals("when") || n1.equals("after") || n1.equals("with")
                    || n1.equals("once") || n1.equals("on") && n2.equals("condition"))) {
                return n1.equals("on") ? i + (n3.equals("that") ? 4 : 3) : i + 2;
            }
            if (f.equals("unless") || f.equals("until")) {
                return i + 1;
            }
            if (f.equals("if") && i > 0 && !Set.of("asked", "ask", "asks", "whether", "wonder", "wondered", "know", "see",
                    "even", "as").contains(folded[i - 1])) {
                return i + 1;
            }
            if ((f.equals("provided") || f.equals("providing")) && (n1.equals("that") || mentionAt(i + 1) != null
                    || StanceWords.DETERMINERS.contains(n1) || StanceWords.PRONOUNS.contains(n1))) {
                return n1.equals("that") ? i + 2 : i + 1;
            }
            if ((f.equals("as") || f.equals("so")) && n1.equals("long") && n2.equals("as")) {
                return i + 3;
            }
            if (f.equals("on") && (n1.equals("condition") && n2.equals("that") || n1.equals("the") && n2.equals("condition")
                    && n3.equals("that"))) {
                return n1.equals("the") ? i + 4 : i + 3;
            }
            if (f.equals("in") && n1.equals("exchange") && n2.equals("for")) {
                return i + 3;
            }
            return -1;
        }

        /** A span with the closing quotation mark of one it opens ("accept the “territorial realities”"). */
        private Span closed(Span span) {
            if (span == null) {
                return null;
            }
            int open = 0;
            for (int i = span.start(); i < span.end(); i++) {
                char ch = text.charAt(i);
                open += ch == '“' || ch == '‘' ? 1 : ch == '”' || ch == '’' && (i + 1 >= text.length()
                        || !Character.isLetter(text.charAt(i + 1))) ? -1 : 0;
            }
            int end = span.end();
            while (open > 0 && end < text.length() && (text.charAt(end) == '”' || text.charAt(end) == '’')) {
                end++;
                open--;
            }
            return new Span(span.start(), end);
        }

        /** The connective a condition starts with ("if", "unless"), or null. */
        private String conditionWord(Span condition) {
            int w = firstWordAt(condition.start());
            return w < folded.length ? (folded[w].equals("only") && w + 1 < folded.length ? folded[w + 1] : folded[w]) : null;
        }

        private boolean semicolonAfter(int w) {
            String gap = text.substring(wordEnd[w], w + 1 < wordStart.length ? wordStart[w + 1] : text.length());
            return gap.contains(";") || gap.contains("—") || gap.contains("\n");
        }

        // ---- evaluations ----

        /** Prepositions of place: a name after them is where something happens, not whom words are about. */
        private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "into", "across", "throughout", "on",
                "to", "near", "inside", "within", "around", "toward", "towards", "through");

        /**
         * Quotes whose words praise or criticize, read as the speaker's stance toward what they are about: an actor
         * the words name (not the speaker, its own country, or a place things happen in), else a known issue they
         * name, else the person or body the reporting sentence names beside them, else the person a pronoun opening
         * one of their sentences stands for.
         */
        private void evaluations() {
            for (Quote q : quotes) {
                if (q.speaker() == null && q.source() == null || q.headline()) {
                    continue;
                }
                Named speaker = speakerOf(q);
                if (speaker == null && q.direct()) {
                    speaker = group(q);   // a group's own words; what the writer reports of a group is the writer's
                }
                if (speaker == null || !isActor(speaker) || isMedium(speaker)) {
                    continue;
                }
                int from = firstWordAt(q.content().start());
                int to = firstWordAt(q.content().end());
                int score = score(from, to);
                int subject = q.direct() ? -1 : reportedSubject(from, to);
                View own = q.direct() || subject >= 0 ? null : ownView(from, to, speaker);
                if (score == 0 && own == null) {
                    taken(q, speaker, from, to, 0);
                    continue;
                }
                Issue about = null;
                Named named = null;
                Named mentioned = null;
                int evaluableNames = 0;
                Map<Integer, Integer> sentenceScores = new java.util.HashMap<>();   // each sentence read once
                int namedScore = 0;
                boolean predicate = MODALS.contains(folded[from]);   // "Such a move, X said, “would reward Y”"
                for (Named n : mentions.subMap(q.content().start(), predicate ? q.content().start() : q.content().end())
                        .values()) {
                    if (!q.direct() && n.span().start() != subject) {
                        continue;   // reported speech: the writer's words evaluate the clause's subject, nobody inside it
                    }
                    if (isActor(n) && !n.same(speaker) && !ownCountry(speaker, n) && (!isDemonym(n) || followedByOffice(n))
                            && !afterLocative(n) && !addressed(n) && evaluable(n) && !wills(n)
                            && (named == null || named.type() == EntityType.COUNTRY && n.type() != EntityType.COUNTRY)) {
                        int w = firstWordAt(n.span().start());
                        int sentence = sentenceScores.computeIfAbsent(sentenceOf[w], k -> score(
                                Math.max(from, firstWordAt(sentences.get(k).start())), Math.min(to, firstWordAt(sentences.get(k).end()))));
                        if (sentence != 0) {
                            named = n;   // the first the words evaluate, a person or a body before a country
                            namedScore = sentence;
                        } else {
                            evaluableNames++;
                            mentioned = mentioned == null ? n : mentioned;
                        }
                    }
                }
                if (named == null && own != null) {
                    named = own.target();   // "X said she had doubts about Y": X's own view of Y
                    namedScore = own.value();
                }
                if (named == null && mentioned != null && (subjectOfItsSentence(mentioned) || evaluableNames == 1)) {
                    named = mentioned;   // "X has failed us. It is a disgrace.": whom the words are about
                    namedScore = score;
                }
                if (named != null) {
                    about = new Issue(named.name(), named.span(), named, false);
                    score = namedScore;
                }
                boolean onIssue = used.nextSetBit(from) >= 0 && used.nextSetBit(from) < to;
                for (int i = from; about == null && i < to; i++) {
                    Issues.Found term = issues.termAt(folded, i, to);
                    if (term != null) {
                        onIssue = true;
                        int clause = clauseScore(i, from, to);
                        if (clause != 0) {
                            add(speaker, new Issue(term.name(), new Span(wordStart[i], wordEnd[i + term.length() - 1]), null,
                                    false), clause > 0 ? Stance.Position.SUPPORTS : Stance.Position.OPPOSES, null, q.content());
                        }
                        i += term.length() - 1;
                    }
                }
                if (about == null && !onIssue && q.direct()) {
                    int you = secondPerson(from, to, sentenceScores);
                    Named n = you < 0 ? null : addressee(q, from);
                    if (n != null && !n.same(speaker)) {
                        about = new Issue(n.name(), n.span(), n, false);   // "Your plan is a disaster," X wrote to Y
                        score = sentenceScores.get(sentenceOf[you]);
                    }
                }
                if (about == null && !onIssue && q.direct()) {
                    about = referent(q, speaker, from);
                }
                if (about == null && !onIssue && q.direct()) {
                    int pronoun = personalPronoun(from, to, sentenceScores);
                    Named n = pronoun < 0 ? null : antecedent(pronoun, speaker, q);
                    if (n != null) {
                        about = new Issue(n.name(), n.span(), n, false);
                        score = sentenceScores.get(sentenceOf[pronoun]);
                    }
                }
                if (about == null && !onIssue && q.direct()) {
                    Named g = evaluatedGroup(from, to, speaker, sentenceScores);
                    if (g != null) {
                        about = new Issue(g.name(), g.span(), g, false);   // "Senate Republicans have been reckless"
                        score = sentenceScores.get(sentenceOf[firstWordAt(g.span().start())]);
                    }
                }
                if (about != null) {
                    add(speaker, about, score > 0 ? Stance.Position.SUPPORTS : Stance.Position.OPPOSES, null, q.content());
                } else {
                    taken(q, speaker, from, to, score);
                }
            }
        }

        /**
         * A direct quote that takes no stance by its words on anyone it names, read as its speaker's position toward
         * whom it is about: the first person or body it names (not the speaker, nor a place, nor whom the speaker
         * tells), else whom its reporting sentence names beside it, else whom a pronoun of a person opening one of its
         * sentences stands for, else the article's most prominent actor who is not the speaker. Its position is what
         * its words say ({@code score}), else what the words reporting it say ("X blasted Y, saying …", "X praised
         * …"), and no stance when neither says for or against: a plain report of what another did is not a position. No
         * stance when a stance word inside it already gave one, nor toward the speaker's own side.
         */
        private void taken(Quote q, Named speaker, int from, int to, int score) {
            if (!q.direct() || from >= to || hasStanceIn(speaker, q.content())) {
                return;
            }
            if (MODALS.contains(folded[from])) {
                // A predicate quoted after its subject ("X's plan “would end …”"): about whom the sentence names before it.
                Named before = lastFitting(sentences.get(sentenceOf[from]).start(), q.content().start(), speaker, q);
                int value = before == null || score != 0 ? 0 : reportingScore(q);
                if (value != 0) {
                    add(speaker, new Issue(before.name(), before.span(), before, false),
                            value > 0 ? Stance.Position.SUPPORTS : Stance.Position.OPPOSES, null, q.content());
                }
                return;
            }
            Named target = null;
            for (Named n : mentions.subMap(q.content().start(), q.content().end()).values()) {
                if (isActor(n) && !n.same(speaker) && !ownCountry(speaker, n) && !isDemonym(n) && !afterLocative(n)
                        && !addressed(n) && evaluable(n) && !wills(n) && EVALUATED.contains(n.type())) {
                    target = n;
                    break;
                }
            }
            if (target == null) {
                Issue r = referent(q, speaker, from);
                target = r == null ? null : r.target();
            }
            if (target == null) {
                for (int i = from; i < to && target == null; i++) {
                    int start = Math.max(from, firstWordAt(sentences.get(sentenceOf[i]).start()));
                    if ((SUBJECTS.contains(folded[i]) || POSSESSIVES.contains(folded[i])) && i - start <= 1) {
                        target = antecedent(i, speaker, q);
                    }
                }
            }
            for (int k = 0; target == null && k < main.size(); k++) {
                Named m = main.get(k);
                if (!m.same(speaker) && fits(m, speaker, q)) {
                    target = m;
                }
            }
            if (target == null) {
                return;
            }
            int value = score != 0 ? score : reportingScore(q);
            if (value == 0) {
                return;
            }
            add(speaker, new Issue(target.name(), target.span(), target, false),
                    value > 0 ? Stance.Position.SUPPORTS : Stance.Position.OPPOSES, null, q.content());
        }

        /**
         * The group or unnamed person a quote with no named speaker is the source of ("House Democrats said", "the
         * aides said", "one union official said"), as an actor of its own named by its words (but for a leading
         * determiner or number); null when the source is a pronoun, a document or a medium, or its last word names no
         * people ("the statement", "records", "the poll").
         */
        private Named group(Quote q) {
            if (q.source() == null || q.speaker() != null) {
                return null;
            }
            int first = firstWordAt(q.source().start());
            int last = firstWordAt(q.source().end()) - 1;
            if (last < first || last - first > 4) {
                return null;
            }
            for (int i = first; i < last; i++) {
                if (stops(i) || StanceWords.PREPOSITIONS.contains(folded[i]) || isCue(i)) {
                    return null;   // "the report issued by …", "the nation faces …": not a group's name
                }
            }
            while (first < last && (StanceWords.DETERMINERS.contains(folded[first]) || NUMBERS.contains(folded[first])
                    || folded[first].equals("some"))) {
                first++;
            }
            if (!PEOPLE.contains(folded[last])) {
                return null;
            }
            String name = text.substring(wordStart[first], wordEnd[last]);
            return new Named(new Span(wordStart[first], wordEnd[last]), EntityType.ORGANIZATION,
                    "group:" + Names.fold(name), name, List.of());
        }

        /**
         * The first group with no entity behind it that opens a sentence of the direct quote's words {@code [from, to)}
         * that evaluates (each sentence's score kept in {@code scores}), as its subject: a plural noun of people who act
         * as one, with the capitalized words just before it ("Senate Republicans have been reckless", "The protesters
         * were brave"), as an actor of its own named by those words. Not a group a possessive makes someone's ("our
         * activists"), nor a group of something ("opponents of the plan"), nor one the speaker's name shares its noun
         * with; null when there is none. The last resort for whom a quote is about, after every actor it can name.
         */
        private Named evaluatedGroup(int from, int to, Named speaker, Map<Integer, Integer> scores) {
            for (int i = from; i < to; i++) {
                if (!GROUP_TARGETS.contains(folded[i]) || used.get(i) || mentionAt(i) != null) {
                    continue;
                }
                int first = i;
                while (first > from && first > i - 3 && !stops(first - 1) && mentionAt(first - 1) == null
                        && Character.isUpperCase(text.charAt(wordStart[first - 1]))
                        && !StanceWords.DETERMINERS.contains(folded[first - 1]) && !NUMBERS.contains(folded[first - 1])
                        && !StanceWords.PRONOUNS.contains(folded[first - 1]) && !folded[first - 1].equals("many")
                        && !folded[first - 1].equals("most") && !folded[first - 1].equals("some")) {
                    first--;
                }
                int before = first - 1;
                if (before >= from && !stops(before) && GROUP_OWNERS.contains(folded[before])) {
                    continue;   // "our supporters", "his critics": a group of someone's, not one of its own
                }
                int opens = Math.max(from, firstWordAt(sentences.get(sentenceOf[i]).start()));
                if (first - opens > 1 || first - opens == 1 && !folded[opens].equals("the")
                        || i + 1 < to && !stops(i) && StanceWords.PREPOSITIONS.contains(folded[i + 1])) {
                    continue;   // only the subject a sentence opens with, and not a group of something ("opponents of X")
                }
                int sentence = sentenceOf[i];
                int value = scores.computeIfAbsent(sentence, k -> score(Math.max(from, firstWordAt(sentences.get(k).start())),
                        Math.min(to, firstWordAt(sentences.get(k).end()))));
                String name = text.substring(wordStart[first], wordEnd[i]);
                if (value == 0 || Names.fold(speaker.name()).contains(folded[i])) {
                    continue;
                }
                return new Named(new Span(wordStart[first], wordEnd[i]), EntityType.ORGANIZATION,
                        "group:" + Names.fold(name), name, List.of());
            }
            return null;
        }

        /** Plural nouns of people who act as one, and bodies, that words may evaluate with no entity behind them. */
        private static final Set<String> GROUP_TARGETS = Set.of("democrats", "republicans", "conservatives", "liberals",
                "progressives", "protesters", "protestors", "demonstrators", "critics", "opponents", "activists",
                "lawmakers", "legislators", "senators", "congressmen", "politicians", "bureaucrats", "unions",
                "insurgents", "rebels", "militants", "extremists", "hardliners", "moderates", "leftists");

        /** Possessives that make a group someone's ("our supporters", "his critics"). */
        private static final Set<String> GROUP_OWNERS = Set.of("our", "my", "his", "her", "their", "your", "its");

        /** Nouns of people and groups who speak as one: the last word of a source that is an actor with no name. */
        private static final Set<String> PEOPLE = Set.of("official", "officials", "aide", "aides", "lawmaker",
                "lawmakers", "senators", "legislators", "critics", "supporters", "opponents", "activists", "advocates",
                "protesters", "leaders", "members", "group", "groups", "staffer", "staffers", "democrats", "republicans",
                "conservatives", "liberals", "progressives", "blogger", "bloggers", "campaign", "committee", "union",
                "prosecutors", "plaintiffs", "organizers", "residents", "voters", "scholars", "experts", "analysts",
                "economists", "diplomats", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "lobby");

        /** Whether a stance of {@code actor} found so far has evidence that overlaps {@code words}. */
        private boolean hasStanceIn(Named actor, Span words) {
            TreeMap<Integer, Integer> shown = evidenceOf.get(actor.key());
            if (shown == null) {
                return false;
            }
            Map.Entry<Integer, Integer> before = shown.floorEntry(words.end() - 1);
            return before != null && before.getValue() > words.start();
        }

        /**
         * What the words reporting a quote say of it: the evaluative words of its sentence outside the quoted words, up
         * to {@value #REPORTING_WORDS} each side ("blasted", "praised", "defended"), each turned round by a negation just
         * before it; 0 when none.
         */
        private int reportingScore(Quote q) {
            int from = firstWordAt(q.content().start());
            int to = firstWordAt(q.content().end());
            int sentenceStart = firstWordAt(sentences.get(sentenceOf[Math.min(from, wordStart.length - 1)]).start());
            int sentenceEnd = firstWordAt(sentences.get(sentenceOf[Math.max(0, Math.min(to, wordStart.length) - 1)]).end());
            int score = 0;
            for (int i = Math.max(sentenceStart, from - REPORTING_WORDS); i < Math.min(sentenceEnd, to + REPORTING_WORDS); i++) {
                if (i >= from && i < to || quoteOf[i] >= 0 || used.get(i)) {
                    continue;
                }
                int value = evaluationAt(i);
                score += value != 0 && turned(i, Math.max(sentenceStart, from - REPORTING_WORDS)) ? -value : value;
            }
            return score;
        }

        /** Words each side of a quote, in its sentence, read for what the words reporting it say of it. */
        private static final int REPORTING_WORDS = 2 * REACH;

        /** An actor an evaluative word takes as its complement, and what the word says of it. */
        private record View(Named target, int value) {
        }

        /**
         * In a reported clause {@code [from, to)} that opens with a pronoun standing for the speaker, the first
         * evaluative word of its sentence (the last of a run, "serious doubts") with a preposition and a name right
         * after it ("she had doubts about X", "he
         * was critical of the X administration"): the speaker's own view of that name, turned round by a negation
         * before the word. Null when the clause opens otherwise, or its first evaluative word takes no name so ("he
         * hopes questions about X were a disgrace" evaluates the questions).
         */
        private View ownView(int from, int to, Named speaker) {
            int i = from < to && folded[from].equals("that") ? from + 1 : from;
            if (i >= to || !StanceWords.PRONOUNS.contains(folded[i])) {
                return null;
            }
            Named p = pronoun(folded[i], i, i);
            if (p == null || !p.same(speaker)) {
                return null;
            }
            for (int k = i + 1; k < to && k <= i + REACH && !stops(k - 1); k++) {
                int value = used.get(k) ? 0 : evaluationAt(k);
                if (value == 0) {
                    continue;
                }
                int j = k + 1;
                if (j < to && !stops(k) && !used.get(j) && evaluationAt(j) != 0) {
                    continue;   // "serious doubts about X": the word that takes the name is the last of the two
                }
                if (j >= to || !StanceWords.PREPOSITIONS.contains(folded[j]) || stops(k)) {
                    return null;
                }
                j++;
                while (j < to && j <= k + 4 && mentionAt(j) == null && (StanceWords.DETERMINERS.contains(folded[j]) || titled(j))) {
                    j++;
                }
                Named n = j < to ? mentionAt(j) : null;
                return n == null || !isActor(n) || n.same(speaker) || isDemonym(n) ? null
                        : new View(n, turned(k, i + 1) ? -value : value);
            }
            return null;
        }

        /**
         * Where the name a reported clause {@code [from, to)} opens with starts, past a determiner, a title or "and"
         * ("Wal-Mart did not keep …", "the I.R.S. targeting …", "U.S. Attorney General X for failing …"); -1 when it
         * opens with no name ("he hopes questions about X …", "the panel X led …").
         */
        private int reportedSubject(int from, int to) {
            int i = from;
            while (i < to && i < from + 6) {
                Map.Entry<Integer, Named> e = mentions.ceilingEntry(wordStart[i]);
                Named n = e == null || e.getKey() >= wordEnd[i] ? null : e.getValue();
                if (n != null) {
                    int after = firstWordAt(n.span().end());
                    if (after >= to || !titled(after) || OF_ROLE.contains(folded[after]) || folded[after].equals("the")
                            || possessiveAt(n.span().end()) || stops(after - 1)) {
                        return n.span().start();
                    }
                    i = after;   // "U.S. Attorney General X": the name qualifies a title, the person after it is the subject
                } else if (StanceWords.DETERMINERS.contains(folded[i]) || titled(i) || folded[i].equals("and")
                        || folded[i].equals("that")) {
                    i++;
                } else {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * What the words {@code [from, to)} say of what they are about: the sum of their evaluative words, each turned
         * round by a negation just before it. Words that put a question do not praise ("is that a fair deal?"): a
         * question counts only its criticism, and words that end on one with none challenge what they are about.
         */
        private int score(int from, int to) {
            int total = 0;
            int score = 0;
            for (int i = from; i < to; i++) {
                if (!used.get(i)) {
                    Issues.Found term = issues.termAt(folded, i, to);
                    if (term != null) {
                        i += term.length() - 1;   // "peace" of "peace deal" names the issue, it does not praise
                    } else {
                        int value = nounWithComplement(i, from) ? 0 : evaluationAt(i);
                        score += value != 0 && turned(i, from) ? -value : value;
                    }
                }
                String gap = text.substring(wordEnd[i], i + 1 < wordStart.length ? wordStart[i + 1] : text.length());
                if (i + 1 == to || gap.contains("?") || gap.contains(".") || gap.contains("!")) {
                    total += gap.contains("?") ? Math.min(score, 0) : score;
                    score = 0;
                }
            }
            boolean question = to > from && text.substring(wordEnd[to - 1], to < wordStart.length ? wordStart[to]
                    : text.length()).contains("?");
            return total == 0 && question ? -1 : total;
        }

        /**
         * What the word at {@code i} says of what it is about ({@link StanceWords#evaluation}), but nothing in a sense
         * that evaluates nobody: "kind of" (a hedge or a type: "kind of odd"), "mean" not said of someone after a copula
         * or a degree word ("I mean", "what does it mean"), "fine" as a penalty ("paid a fine", "a $500 fine", "the fine
         * of"; "a fine mayor" praises), and praise of people one speaks up for ("targets law-abiding citizens").
         */
        private int evaluationAt(int i) {
            int value = StanceWords.evaluation(folded[i]);
            if (value == 0) {
                return 0;
            }
            String next = i + 1 < folded.length && !stops(i) ? folded[i + 1] : "";
            String before = i > 0 && !stops(i - 1) ? folded[i - 1] : "";
            String twoBefore = i > 1 && !stops(i - 1) && !stops(i - 2) ? folded[i - 2] : "";
            return switch (folded[i]) {
                case "kind" -> next.equals("of") ? 0 : value;
                case "mean" -> MEAN_SAID_OF.contains(before) ? value : 0;
                case "fine" -> next.equals("of") || ARTICLES.contains(before) && (next.equals("for") || next.isEmpty())
                        || PENALIZING.contains(before) || ARTICLES.contains(before) && PENALIZING.contains(twoBefore)
                        || before.chars().anyMatch(Character::isDigit) ? 0 : value;
                default -> value > 0 && DEFENDED.contains(next) && !PREDICATING.contains(before)
                        && !(PREDICATING.contains(twoBefore) && DEGREES.contains(before)) ? 0 : value;
            };
        }

        /**
         * People a speaker speaks up for: praise just before them ("law-abiding citizens", "innocent civilians",
         * "hard-working families") is of those harmed or defended, not of whom the words are about, unless it is said of
         * someone after a copula ("they are honest people").
         */
        private static final Set<String> DEFENDED = Set.of("citizens", "people", "families", "workers", "owners",
                "voters", "taxpayers", "children", "kids", "men", "women", "folks", "neighbors", "neighbours",
                "communities", "residents", "patients", "students", "parents", "seniors", "veterans", "employees",
                "consumers", "immigrants", "civilians", "victims", "individuals", "farmers", "businesses");
        /** Articles and degree words between a copula and praise of people said of the subject ("are such good people"). */
        private static final Set<String> DEGREES = Set.of("a", "an", "the", "such", "very", "so", "really", "truly",
                "genuinely", "extremely", "incredibly", "most", "all");
        /** Copulas, after which (or after one and a degree word) praise of people is said of the subject. */
        private static final Set<String> PREDICATING = Set.of("is", "are", "was", "were", "be", "been", "being",
                "it's", "he's", "she's", "they're", "we're", "you're", "i'm", "that's", "become", "became", "seem",
                "seems", "seemed", "remain", "remains", "remained");

        /** Copulas and degree words after which "mean" says someone is unkind ("was mean", "so mean"). */
        private static final Set<String> MEAN_SAID_OF = Set.of("is", "was", "are", "were", "be", "been", "being", "so",
                "very", "too", "really", "pretty", "just", "downright", "it's", "he's", "she's", "that's", "they're",
                "you're", "i'm", "incredibly", "extremely", "plain", "most", "more", "seem", "seems", "seemed", "a");
        /** Words of a penalty paid or imposed, and of its size, that make "fine" the penalty ("paid a fine", "hefty fine"). */
        private static final Set<String> PENALIZING = Set.of("pay", "pays", "paid", "paying", "impose", "imposes",
                "imposed", "imposing", "levy", "levies", "levied", "face", "faces", "faced", "facing", "issue", "issued",
                "slap", "slapped", "million", "billion", "thousand", "hefty", "heavy", "civil", "criminal", "maximum",
                "record", "parking", "speeding");

        /** Whether an evaluative word is a noun with its complement ("the right to recall", "the good of all"): no praise. */
        private boolean nounWithComplement(int i, int from) {
            return i > from && i + 1 < wordStart.length && ARTICLES.contains(folded[i - 1]) && !stops(i)
                    && (folded[i + 1].equals("to") || folded[i + 1].equals("of"));
        }

        /**
         * Whether words can evaluate the actor a name stands for: not when the name only qualifies the noun after it
         * ("the House report", "the U.S. attorney"), nor when it is the complement of one ("a member of Congress",
         * "a vendetta against X": the words evaluate who pursues it), nor when the words say it should act ("it is
         * important for X to …"; "it is time for X to …" challenges X).
         */
        private boolean evaluable(Named n) {
            if (qualifiesNoun(n) || modifiesNoun(n)) {
                return false;
            }
            int causative = wordBefore(n, true);
            if (causative >= 0 && !stops(causative) && CAUSATIVES.contains(folded[causative])) {
                return false;   // "make X great again", "made X a campaign issue": the words say what X is to become
            }
            int after = firstWordAt(n.span().end());
            if (causative > 0 && folded[causative].equals("for") && !stops(causative - 1) && after < folded.length
                    && folded[after].equals("to") && !stops(after - 1)
                    && evaluationAt(causative - 1) != 0) {
                return false;   // "it is important for X to act": the words ask X to act, they do not evaluate X
            }
            int before = wordBefore(n, true);
            return before < 0 || stops(before) || !folded[before].equals("of") && !folded[before].equals("against")
                    || before > 0 && (isCue(before - 1) || !StanceWords.triggers(folded[before - 1]).isEmpty()
                    || COPULAS.contains(folded[before - 1]));
        }

        /**
         * The word before a name, over the titles and honorifics that go with it ("President", "Mr.") and, when
         * {@code determiners}, over determiners; -1 at the text's start.
         */
        private int wordBefore(Named n, boolean determiners) {
            int before = firstWordAt(n.span().start()) - 1;
            while (before >= 0 && !stops(before) && !StanceWords.PREPOSITIONS.contains(folded[before])
                    && (StanceWords.DETERMINERS.contains(folded[before]) ? determiners : titled(before))) {
                before--;
            }
            return before;
        }

        /** Whether a name opens its sentence or clause, but for determiners and titles: what the sentence is about. */
        private boolean subjectOfItsSentence(Named n) {
            int before = wordBefore(n, true);
            return before < 0 || stops(before) || isClauseStart(before + 1) || StanceWords.BOUNDARIES.contains(folded[before])
                    || commaAfter(before, before + 1);
        }

        /** Whether a name completes the quoted words with "of" right after them ("the “phony theology” of X's agenda"). */
        private boolean completes(Quote q, Named n) {
            int of = firstWordAt(q.content().end());
            if (of >= wordStart.length || !folded[of].equals("of")) {
                return false;
            }
            int i = of + 1;
            while (i < wordStart.length && i < of + 4 && (StanceWords.DETERMINERS.contains(folded[i]) || titled(i))
                    && !stops(i - 1)) {
                i++;
            }
            return i < wordStart.length && wordStart[i] == n.span().start();
        }

        /**
         * Whether a name stands as a modifier before a common noun with no article before it ("no big Senate race", "a
         * single guaranteed Medicare benefit", "any other Congressional committee"): the noun is what words evaluate. The
         * word after must read as a singular noun, not a verb ("Obama failed", "Congress must", "Smith says"), and the
         * name not as a plural, whose verb has no ending ("Democrats want").
         */
        private boolean modifiesNoun(Named n) {
            int last = firstWordAt(n.span().end()) - 1;
            int after = last + 1;
            if (last < 0 || after >= wordStart.length || stops(last) || commaAfter(last, after) || possessiveAt(n.span().end())
                    || !Character.isLowerCase(text.charAt(wordStart[after])) || !isNounWord(after)) {
                return false;
            }
            int before = wordBefore(n, false);
            if (before < 0 || stops(before) || StanceWords.BOUNDARIES.contains(folded[before]) || isCue(before)
                    || StanceWords.AUXILIARIES.contains(folded[before]) || MODALS.contains(folded[before])
                    || folded[before].contains("'") || !Character.isLowerCase(text.charAt(wordStart[before]))) {
                return false;   // "when X did …", "can't X run …", "and X became …": the name opens a clause
            }
            String name = n.name().toLowerCase(Locale.ROOT);
            String word = folded[after];
            return !StanceWords.DETERMINERS.contains(word) && !StanceWords.PRONOUNS.contains(word)
                    && !Character.isDigit(word.charAt(0)) && !NUMBERS.contains(word)
                    && !(name.endsWith("s") && !name.endsWith("ss")) && !word.endsWith("s") && !word.endsWith("ed")
                    && !word.endsWith("ly") && !word.endsWith("ing") && !word.contains("'") && !MODALS.contains(word)
                    && !StanceWords.NEGATORS.contains(word) && StanceWords.evaluation(word) == 0;
        }

        /**
         * Verbs whose object the words after it give a new state ("make X great", "leave X safer"); not "keep", whose
         * object keeps the state the words praise ("keep X strong": for X).
         */
        private static final Set<String> CAUSATIVES = Set.of("make", "makes", "made", "making", "leave", "leaves", "left",
                "leaving", "render", "renders", "rendered");

        private static final Set<String> NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "dozens", "hundreds", "thousands", "millions");

        /**
         * Whether a name only qualifies the noun after it, an article before it ("the House report", "the U.S. attorney",
         * "the U.S. Attorney's office": a role, capitalized or not).
         */
        private boolean qualifiesNoun(Named n) {
            int before = wordBefore(n, false);
            int last = firstWordAt(n.span().end()) - 1;
            int after = last + 1;
            return before >= 0 && !stops(before) && ARTICLES.contains(folded[before]) && !stops(last)
                    && !commaAfter(last, after) && after < wordStart.length && !possessiveAt(n.span().end())
                    && (Character.isLowerCase(text.charAt(wordStart[after])) && isNounWord(after)
                    || mentionAt(after) == null && ROLES.contains(Names.withoutPossessive(folded[after])));
        }

        /**
         * Whether the reporting sentence gives a name the role of whom words are about: the object of a stance word
         * ("slammed X, saying"), or after "of", "about", "at" or "against" following a verb of saying or a stance word
         * ("said of X").
         */
        private boolean evaluatedRole(Named n) {
            int before = wordBefore(n, true);
            if (before < 0 || stops(before)) {
                return false;
            }
            if (!StanceWords.triggers(folded[before]).isEmpty() && !ADJECTIVES.contains(folded[before])) {
                return true;
            }
            return before > 0 && Set.of("of", "about", "at", "against", "toward", "towards").contains(folded[before])
                    && !stops(before - 1) && (isCue(before - 1) || !StanceWords.triggers(folded[before - 1]).isEmpty()
                    || Set.of("speaking", "talking", "asked", "referring").contains(folded[before - 1]));
        }

        /**
         * The first pronoun of a person ("he", "her", "his") in the words {@code [from, to)} whose sentence evaluates
         * (each sentence's score kept in {@code scores}), or -1.
         */
        private int personalPronoun(int from, int to, Map<Integer, Integer> scores) {
            for (int i = from; i < to; i++) {
                int k = sentenceOf[i];
                int start = Math.max(from, firstWordAt(sentences.get(k).start()));
                if ((SUBJECTS.contains(folded[i]) || POSSESSIVES.contains(folded[i])) && i - start <= 1) {
                    int sentence = scores.computeIfAbsent(k, x -> score(Math.max(from, firstWordAt(sentences.get(x).start())),
                            Math.min(to, firstWordAt(sentences.get(x).end()))));
                    if (sentence != 0) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /**
         * The first word of the second person ("you", "your") in the words {@code [from, to)} whose sentence evaluates
         * (each sentence's score kept in {@code scores}), or -1. A "you" of anyone is not counted: after "if", "when",
         * "as" or "thank", before "know", "see" or "mean", or before a modal ("you can count on …", "you can't win"); nor
         * a sentence that asks.
         */
        private int secondPerson(int from, int to, Map<Integer, Integer> scores) {
            for (int i = from; i < to; i++) {
                String f = folded[i];
                if (!SECOND_PERSON.contains(f) && !f.startsWith("you'")) {
                    continue;
                }
                boolean generic = f.equals("you") && (i > from && !stops(i - 1) && GENERIC_BEFORE_YOU.contains(folded[i - 1])
                        || i + 1 < to && !stops(i) && (GENERIC_AFTER_YOU.contains(folded[i + 1]) || modal(folded[i + 1])));
                int k = sentenceOf[i];
                int last = Math.min(to, firstWordAt(sentences.get(k).end())) - 1;
                if (generic || last >= i && text.substring(wordEnd[last], last + 1 < wordStart.length ? wordStart[last + 1]
                        : text.length()).contains("?")) {
                    continue;   // nor a question put to someone ("You were there?"): it asks, it does not evaluate
                }
                int sentence = scores.computeIfAbsent(k, x -> score(Math.max(from, firstWordAt(sentences.get(x).start())),
                        Math.min(to, firstWordAt(sentences.get(x).end()))));
                if (sentence != 0) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a word is a modal verb, or one negated ("can", "can't", "cannot", "won't"). */
        private static boolean modal(String word) {
            return MODALS.contains(word) || NEGATED_MODALS.contains(word)
                    || word.endsWith("n't") && MODALS.contains(word.substring(0, word.length() - 3));
        }

        private static final Set<String> NEGATED_MODALS = Set.of("cannot", "can't", "won't", "shan't");
        private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves");
        private static final Set<String> GENERIC_BEFORE_YOU = Set.of("if", "when", "whenever", "as", "thank", "mind",
                "unless", "once");
        private static final Set<String> GENERIC_AFTER_YOU = Set.of("know", "see", "mean", "look", "name", "think");

        /**
         * Whom a quote's words are addressed to, as the text says before them (in the quote's sentence or the
         * {@value #SENTENCES_BACK} before) or in its cue: the one a letter or a message is written or sent to ("wrote
         * a letter to X", "in an open letter to X", "sent X a letter"), the one greeted ("Dear X"), or, in the quote's
         * own sentence, the one told or asked ("X told Y: …"); the first named so in the quote's sentence, else the
         * nearest before it; or null.
         */
        private Named addressee(Quote q, int from) {
            Span sentence = sentences.get(sentenceOf[from]);
            int back = sentences.get(Math.max(0, sentenceOf[from] - SENTENCES_BACK)).start();
            int end = Math.max(sentence.end(), q.cue() == null ? 0 : q.cue().end());
            Named before = null;
            Named own = null;
            for (Named n : mentions.subMap(back, end).values()) {
                if (!isActor(n) || isMedium(n) || inside(n.span(), q.content()) && !greeted(n)) {
                    continue;
                }
                boolean inSentence = n.span().start() >= sentence.start();
                if (inSentence && addressed(n) || greeted(n) || messagedTo(n)) {
                    if (!inSentence) {
                        before = n;   // the nearest before the quote's sentence
                    } else if (own == null) {
                        own = n;   // the first in the quote's own sentence, its cue included
                    }
                }
            }
            return own != null ? own : before;
        }

        /** Whether a name follows "Dear" (over a title): whom a letter greets. */
        private boolean greeted(Named n) {
            int before = wordBefore(n, false);
            return before >= 0 && folded[before].equals("dear");
        }

        /**
         * Whether a name is whom a message goes to: after "to" that a message or a verb of writing stands just before
         * ("a letter to X", "wrote to X", "an open letter addressed to X"), or the object of "sent" a message follows
         * ("sent X, the …, a letter").
         */
        private boolean messagedTo(Named n) {
            int before = wordBefore(n, true);
            if (before < 0 || stops(before)) {
                return false;
            }
            if (folded[before].equals("to")) {
                for (int k = before - 1; k >= 0 && k >= before - 3 && !stops(k); k--) {
                    if (MESSAGES.contains(folded[k]) || WRITING.contains(folded[k])) {
                        return true;
                    }
                }
                return false;
            }
            if (!SENDING.contains(folded[before])) {
                return false;
            }
            int after = firstWordAt(n.span().end());
            for (int k = after; k < wordStart.length && k < after + 8 && !stops(k - 1); k++) {
                if (MESSAGES.contains(folded[k])) {
                    return true;
                }
            }
            return false;
        }

        /** Things written or said to someone: "to" after them names the addressee. */
        private static final Set<String> MESSAGES = Set.of("letter", "letters", "message", "messages", "note", "notes",
                "memo", "email", "e-mail", "emails", "post", "tweet", "plea", "speech", "address", "remarks");
        private static final Set<String> WRITING = Set.of("wrote", "write", "writes", "writing", "written", "addressed");
        private static final Set<String> SENDING = Set.of("sent", "send", "sends", "sending");

        /** Pronouns that stand for one person, other than the speaker's own. */
        private static final Set<String> SUBJECTS = Set.of("he", "she", "he's", "she's");
        private static final Set<String> POSSESSIVES = Set.of("his", "her");

        /**
         * Whom a pronoun of a person in someone's quoted words stands for: the nearest person named before it, in its
         * sentence or the two before, who is not the speaker nor named with the speaker; or null.
         */
        private Named antecedent(int pronoun, Named speaker, Quote q) {
            int back = firstWordAt(sentences.get(Math.max(0, sentenceOf[pronoun] - 2)).start());
            Named found = null;
            for (Named n : mentions.subMap(wordStart[Math.min(back, pronoun)], wordStart[pronoun]).values()) {
                if (n.type() == EntityType.PERSON && fits(n, speaker, q) && !isDemonym(n) && !qualifiesNoun(n)) {
                    found = n;
                }
            }
            return found;
        }

        /** Characters each side of a quote its reporting sentence is read over for whom the quote is about. */
        private static final int BESIDE_QUOTE = 200;
        /** The kinds of actor whose conduct a quote can be about when the sentence reporting it names them. */
        private static final Set<EntityType> EVALUATED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION);

        /**
         * Whom the words of an evaluative quote that name no actor are about: the person or body the sentence
         * reporting it names beside its speaker ("X slammed Y, saying …", "… , X said of Y"), the nearest to the
         * words; not the speaker, nor a name standing with the speaker's ("Y spokesman X"); or null.
         */
        private Issue referent(Quote q, Named speaker, int from) {
            Span sentence = sentences.get(sentenceOf[from]);
            Named before = lastFitting(Math.max(sentence.start(), q.content().start() - BESIDE_QUOTE), q.content().start(),
                    speaker, q);
            Named after = firstFitting(q.content().end(), Math.min(sentence.end(), q.content().end() + BESIDE_QUOTE), speaker, q);
            if (after != null && !evaluatedRole(after) && !completes(q, after)) {
                after = null;
            }
            Named n = before == null ? after : after == null ? before
                    : q.content().start() - before.span().end() <= after.span().start() - q.content().end() ? before : after;
            return n == null ? null : new Issue(n.name(), n.span(), n, false);
        }

        private Named lastFitting(int from, int to, Named speaker, Quote q) {
            Named found = null;
            for (Named n : mentions.subMap(from, Math.max(from, to)).values()) {
                if (fits(n, speaker, q)) {
                    found = n;
                }
            }
            return found;
        }

        private Named firstFitting(int from, int to, Named speaker, Quote q) {
            for (Named n : mentions.subMap(from, Math.max(from, to)).values()) {
                if (fits(n, speaker, q)) {
                    return n;
                }
            }
            return null;
        }

        /** Whether {@code n} may be whom a speaker's words are about: a person or body, not of the speaker's side. */
        private boolean fits(Named n, Named speaker, Quote q) {
            return EVALUATED.contains(n.type()) && !n.same(speaker) && !afterLocative(n) && !addressed(n) && evaluable(n)
                    && !inside(n.span(), q.speaker())
                    && !inside(n.span(), q.source()) && !beside(n.span(), q.speaker()) && !beside(n.span(), q.source());
        }

        /** Whether a name stands within a few words of the speaker's, no stop or cue between ("Y spokesman X", "X of Y"). */
        private boolean beside(Span name, Span speaker) {
            if (speaker == null) {
                return false;
            }
            int lo = Math.min(firstWordAt(name.end()), firstWordAt(speaker.end())) - 1;
            int hi = Math.max(firstWordAt(name.start()), firstWordAt(speaker.start()));
            if (hi - lo > 4) {
                return false;
            }
            for (int i = Math.max(0, lo); i < hi; i++) {
                if (stops(i) || isCue(i) || i > lo && !linking(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a word can stand between two names of one side ("spokesman", "of", "for the", a title, a name): not a
         * verb or an adverb, which make the second a name the first acts on ("X called Y").
         */
        private boolean linking(int w) {
            String f = folded[w];
            return StanceWords.PREPOSITIONS.contains(f) || StanceWords.DETERMINERS.contains(f) || f.equals("and")
                    || StanceWords.SPOKESPEOPLE.contains(f) || SIDES.contains(f) || titled(w)
                    || Character.isUpperCase(text.charAt(wordStart[w])) || f.endsWith("'s") || mentionAt(w) != null;
        }

        /** Nouns of someone who speaks for or stands with another ("X's lawyer Y", "an aide to X"). */
        private static final Set<String> SIDES = Set.of("lawyer", "lawyers", "attorney", "attorneys", "counsel", "aide",
                "aides", "adviser", "advisers", "advisor", "advisors", "staff", "campaign", "wife", "husband", "son",
                "daughter", "father", "mother", "brother", "sister", "friend", "ally", "allies", "colleague", "chief");

        private static boolean inside(Span s, Span outer) {
            return outer != null && outer.start() <= s.start() && s.end() <= outer.end();
        }

        /** The evaluation of the clause around word {@code w} (between stops and commas), within {@code [from, to)}. */
        private int clauseScore(int w, int from, int to) {
            int a = w;
            while (a > from && !stops(a - 1) && !commaAfter(a - 1, a)) {
                a--;
            }
            int score = 0;
            for (int i = a; i < to && (i <= w || !stops(i - 1) && !commaAfter(i - 1, i)); i++) {
                if (used.get(i)) {
                    continue;
                }
                int value = evaluationAt(i);
                score += value != 0 && turned(i, a) ? -value : value;
            }
            return score;
        }

        /**
         * Whether {@code n} is the body a person's role names ("White House spokesman", "chief executive of Acme"):
         * a spokesman who praises his employer speaks for it, he takes no stance toward it.
         */
        private static boolean ownBody(Named person, Named n) {
            if (person.type() != EntityType.PERSON || n.type() != EntityType.ORGANIZATION) {
                return false;
            }
            String body = words(n.name());
            return person.roles().stream().anyMatch(r -> words(r.text()).contains(body));
        }

        /** The words of a name or role, folded, each between spaces ("the Union's chief" -> " the union s chief "). */
        private static String words(String s) {
            return " " + Names.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        }

        /** Whether {@code n} is the country the speaker holds an office of. */
        private static boolean ownCountry(Named speaker, Named n) {
            return n.type() == EntityType.COUNTRY && speaker.roles().stream()
                    .anyMatch(r -> n.name().equals(r.country()));
        }

        /**
         * Whether a name is whom the speaker speaks to ("X told Y that …", "asked Y"), after the verb and any title: the
         * one who hears the words, not the one they are about.
         */
        private boolean addressed(Named n) {
            int i = firstWordAt(n.span().start()) - 1;
            while (i >= 0 && titled(i)) {
                i--;
            }
            return i >= 0 && ADDRESSING.contains(folded[i]);
        }

        /**
         * Whether a name is the subject of what someone wants or is ready to do ("X and Y want to avoid …", "X is
         * ready to talk"): the one who wants, not what the words evaluate.
         */
        private boolean wills(Named n) {
            int w = firstWordAt(n.span().end());
            for (int k = 0; k < 3 && w + 1 < folded.length && folded[w].equals("and") && mentionAt(w + 1) != null; k++) {
                w = firstWordAt(mentionAt(w + 1).span().end());
            }
            if (w >= folded.length) {
                return false;
            }
            return VOLITION.contains(folded[w]) || w + 1 < folded.length && BE.contains(folded[w])
                    && READY.contains(folded[w + 1]);
        }

        private static final Set<String> VOLITION = Set.of("want", "wants", "wanted", "wish", "wishes", "hope", "hopes",
                "hoped", "plan", "plans", "planned", "intend", "intends", "seek", "seeks", "aim", "aims", "try", "tries");
        private static final Set<String> READY = Set.of("ready", "willing", "eager", "determined", "prepared");

        /** Whether a word reads as a past participle ("arrested", "removed"), not a noun in "-ed" ("need", "speed"). */
        private static boolean participle(String word) {
            return word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed") && !word.equals("hundred");
        }

        /**
         * Whether word {@code w} opens a clause in "-ing" on the noun before it: "being", or an "-ing" word that a
         * determiner or a preposition other than "of" follows ("relating to", "facing our"), not a noun's modifier
         * ("funding bill") or a noun in "-ing" ("financing of schools").
         */
        private boolean clauseInIng(int w) {
            if (!folded[w].endsWith("ing") || folded[w].length() < 5) {
                return false;
            }
            return folded[w].equals("being") || w + 1 < folded.length && !stops(w)
                    && (StanceWords.DETERMINERS.contains(folded[w + 1])
                    || StanceWords.PREPOSITIONS.contains(folded[w + 1]) && !folded[w + 1].equals("of"));
        }

        /** Whether word {@code w} is a title or an honorific ("Governor", "Sen.", "Mr."). */
        private boolean titled(int w) {
            return Names.isTitleWord(folded[w]) || Names.isHonorific(folded[w]);
        }

        /** Modal verbs: words quoted from one on are a predicate whose subject stands before the quote. */
        private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "will", "should", "can",
                "must", "shall");

        /** Verbs whose object is whom words are spoken to. */
        private static final Set<String> ADDRESSING = Set.of("told", "tells", "tell", "telling", "asked", "asks",
                "informed", "assured", "reminded");

        private boolean afterLocative(Named n) {
            int w = firstWordAt(n.span().start());
            int i = w - 1;
            while (i >= 0 && (StanceWords.DETERMINERS.contains(folded[i]) || titled(i)) && i > w - 4) {
                i--;   // "from the Ambassador X": past a determiner and a title
            }
            return i >= 0 && LOCATIVE.contains(folded[i]);
        }

        /**
         * Whether a negation stands within the three words before an evaluative word ("not good"), or opens its clause
         * ("Not a single thing he said is accurate", "Nothing about it was fair"; not "not only").
         */
        private boolean turned(int i, int from) {
            for (int k = i - 1; k >= Math.max(from, i - 4); k--) {
                if (k == i - 4) {
                    if (QUANTIFIED_NEGATIONS.contains(folded[k]) && k + 1 < i && folded[k + 1].equals("of")) {
                        return true;
                    }
                    break;
                }
                if (used.get(k)) {
                    return false;   // "fight against attacks": the stance word's own particle, read with its stance
                }
                if (StanceWords.TURNERS.contains(folded[k]) || folded[k].endsWith("n't")) {
                    return true;
                }
                if (stops(k)) {
                    return false;
                }
            }
            int k = i - 1;
            while (k > from && i - k < REACH && !stops(k - 1) && !commaAfter(k - 1, k) && !used.get(k)) {
                k--;
            }
            boolean opens = k == 0 || k == from || stops(k - 1) || commaAfter(k - 1, k);
            return opens && k < i - 3 && !used.get(k) && (CLAUSE_NEGATIONS.contains(folded[k])
                    && !folded[k + 1].equals("only"));
        }

        /** Negations that, opening a clause, turn round what it says ("Not a single claim was true"). */
        private static final Set<String> CLAUSE_NEGATIONS = Set.of("not", "none", "nothing");

        /** Negations that take a noun phrase with "of" ("none of those persistent problems"), read one word further. */
        private static final Set<String> QUANTIFIED_NEGATIONS = Set.of("none", "neither", "nothing", "nobody");

        /** How many of an article's most prominent actors count as its main actors. */
        private static final int MAIN_ACTORS = 3;

        /**
         * The persons and bodies its headline and first paragraphs name, most prominent first (named often, early, and
         * a person before a body), at most {@value #MAIN_ACTORS}.
         */
        private List<Named> mainActors(ArticleEntities entities) {
            int lead = text.length();
            int paragraphs = 0;
            for (int i = 0; i < text.length() && paragraphs < 4; i++) {
                if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    paragraphs++;
                    lead = i;
                }
            }
            List<Map.Entry<Integer, Named>> ranked = new ArrayList<>();
            for (ArticleEntities.Found f : entities.entities()) {
                if (f.type() != EntityType.PERSON && f.type() != EntityType.ORGANIZATION || f.mentions().isEmpty()) {
                    continue;
                }
                int inLead = 0;
                for (Mention m : f.mentions()) {
                    inLead += m.start() < lead ? 1 : 0;
                }
                int score = (f.mentions().size() + f.descriptions().size()) * 2 + inLead * 3
                        + (f.type() == EntityType.PERSON ? 2 : 0);
                if (inLead > 0) {
                    Mention m = f.mentions().get(0);
                    Named n = mentions.get(m.start());
                    ranked.add(Map.entry(score, n != null && n.key().equals(f.key()) ? n : Named.of(f, m)));
                }
            }
            ranked.sort(Comparator.comparingInt((Map.Entry<Integer, Named> e) -> -e.getKey())
                    .thenComparingInt(e -> e.getValue().span().start()));
            return ranked.stream().limit(MAIN_ACTORS).map(Map.Entry::getValue).toList();
        }

        private boolean isMain(Named n) {
            return main.stream().anyMatch(m -> m.same(n));
        }

        // ---- words ----

        private Named mentionAt(int w) {
            if (w < 0 || w >= wordStart.length) {
                return null;
            }
            Map.Entry<Integer, Named> e = mentions.floorEntry(wordStart[w]);
            return e != null && e.getValue().span().end() >= wordEnd[w] ? e.getValue() : null;
        }

        private Named mentionEndingAt(int w) {
            Named n = mentionAt(w);
            return n != null && n.span().end() == wordEnd[w] ? n : null;
        }

        /** Speech cues that end a subject going back ("said", "told"): what comes before is another clause. */
        private boolean isCue(int w) {
            return Set.of("said", "says", "say", "told", "tells", "added", "stated", "according", "reported", "announced",
                    "explained", "noted", "argued", "insisted", "warned", "claimed", "wrote", "tweeted", "declared")
                    .contains(folded[w]);
        }

        private int auxiliariesBefore(int c) {
            int w = c;
            while (w > 0 && (StanceWords.AUXILIARIES.contains(folded[w - 1]) || folded[w - 1].endsWith("ly")
                    || folded[w - 1].endsWith("n't") || StanceWords.NEGATORS.contains(folded[w - 1]) && !folded[w - 1].endsWith("ed"))
                    && !stops(w - 1) && mentionAt(w - 1) == null) {
                w--;
            }
            return w;
        }

        /** Whether the text between word {@code w} and the next breaks a phrase: a stop, a colon, a dash, a line. */
        private boolean stops(int w) {
            if (w < 0 || w + 1 >= wordStart.length) {
                return true;
            }
            String gap = text.substring(wordEnd[w], wordStart[w + 1]);
            for (int i = 0; i < gap.length(); i++) {
                char ch = gap.charAt(i);
                if (".;:!?—–\n()".indexOf(ch) >= 0) {
                    if (ch == '.' && Set.of("mr", "mrs", "ms", "dr", "st", "u.s", "gen", "sen", "rep", "gov").contains(folded[w])) {
                        continue;
                    }
                    return true;
                }
            }
            return false;
        }

        /** Whether a comma stands between word {@code w} and word {@code next}. */
        private boolean commaAfter(int w, int next) {
            if (w < 0 || next >= wordStart.length || next <= w) {
                return false;
            }
            return text.substring(wordEnd[w], wordStart[w + 1]).contains(",");
        }

        private int firstWordAt(int offset) {
            int i = Arrays.binarySearch(wordStart, offset);
            return i >= 0 ? i : -i - 1;
        }
    }
}
