package org.parallax.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link StanceFinder} reads stances by: verbs and adjectives that take a position on their object
 * ("supports", "rejected", "called for", "open to"), their frames, the words that negate them, the connectives that
 * make them conditional, and the evaluative words that tell praise from criticism in what someone said. General
 * English, not the vocabulary of any one story.
 */
final class StanceWords {
    private StanceWords() {
    }

    /** A set of words that may repeat one. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** How a stance word takes what it is about. */
    enum Frame {
        /** Its object right after it: "supports the plan", "criticized Obama". */
        OBJECT,
        /** An appeal: an addressee and what they should do ("urged Kyiv to accept …"), or an object ("urged talks"). */
        APPEAL
    }

    /**
     * A stance word: its polarity (+1 for, -1 against), its frame, and the word that must follow it, if any
     * ("call" + "for", "open" + "to").
     */
    record Trigger(int polarity, Frame frame, String particle) {
    }

    private static final Map<String, List<Trigger>> TRIGGERS = new HashMap<>();

    static {
        for (String v : List.of("support", "back", "endorse", "favor", "favour", "welcome", "embrace", "champion",
                "advocate", "accept", "approve", "promote", "defend", "uphold", "seek", "pursue", "propose", "prefer",
                "hail", "applaud", "praise", "laud", "commend", "thank", "salute", "congratulate", "admire",
                "recommend", "ratify", "want", "cheer", "celebrate", "reaffirm", "respect")) {
            verb(v, new Trigger(1, Frame.OBJECT, null));
        }
        for (String v : List.of("oppose", "reject", "resist", "condemn", "denounce", "criticize", "criticise",
                "blast", "attack", "blame", "accuse", "dismiss", "decry", "deplore", "lambaste", "assail", "fault",
                "rebuke", "scold", "chastise", "mock", "ridicule", "deride", "disparage", "berate", "castigate",
                "excoriate", "vilify", "boycott", "protest", "dispute", "challenge", "question", "distrust", "outlaw",
                "forbid", "prohibit", "repeal", "overturn", "revoke", "sanction", "denigrate", "smear", "insult",
                "slam", "veto", "ban", "scrap", "sue", "refuse", "spurn", "rebuff", "shun", "derail", "torpedo")) {
            verb(v, new Trigger(-1, Frame.OBJECT, null));
        }
        for (String v : List.of("call", "push", "press", "appeal", "plead", "lobby", "campaign", "argue", "fight",
                "advocate", "ask", "vote", "urge", "hope", "pray", "clamor", "clamour", "reach")) {
            verb(v, new Trigger(1, Frame.OBJECT, "for"));
        }
        for (String v : List.of("warn", "argue", "vote", "campaign", "fight", "rail", "protest", "speak", "turn",
                "rally", "side", "caution", "come")) {
            verb(v, new Trigger(-1, Frame.OBJECT, "against"));
        }
        for (String v : List.of("lash", "hit", "take", "balk", "scoff", "bristle", "jab", "swipe")) {
            verb(v, new Trigger(-1, Frame.OBJECT, "at"));
        }
        for (String v : List.of("agree", "side", "stand")) {
            verb(v, new Trigger(1, Frame.OBJECT, "with"));
        }
        verb("agree", new Trigger(1, Frame.OBJECT, "to"));
        verb("agree", new Trigger(1, Frame.OBJECT, "on"));
        verb("stand", new Trigger(1, Frame.OBJECT, "by"));
        verb("object", new Trigger(-1, Frame.OBJECT, "to"));
        verb("rule", new Trigger(-1, Frame.OBJECT, "out"));
        verb("call", new Trigger(1, Frame.APPEAL, "on"));
        verb("call", new Trigger(1, Frame.APPEAL, "upon"));
        for (String v : List.of("urge", "implore", "encourage", "demand", "request", "beg", "exhort", "press")) {
            verb(v, new Trigger(1, Frame.APPEAL, null));
        }
        for (String[] a : new String[][] {{"open", "to"}, {"ready", "for"}, {"ready", "to"}, {"willing", "to"},
                {"prepared", "to"}, {"prepared", "for"}, {"eager", "to"}, {"eager", "for"}, {"committed", "to"},
                {"keen", "on"}, {"keen", "to"}, {"grateful", "to"}, {"grateful", "for"}, {"supportive", "of"},
                {"favor", "of"}, {"favour", "of"}, {"receptive", "to"}, {"determined", "to"}, {"proud", "of"}}) {
            add(a[0], new Trigger(1, Frame.OBJECT, a[1]));
        }
        for (String[] a : new String[][] {{"opposed", "to"}, {"critical", "of"}, {"skeptical", "of"},
                {"sceptical", "of"}, {"skeptical", "about"}, {"sceptical", "about"}, {"wary", "of"}, {"hostile", "to"},
                {"unwilling", "to"}, {"reluctant", "to"}, {"against", null}, {"contemptuous", "of"},
                {"dismissive", "of"}}) {
            add(a[0], new Trigger(-1, Frame.OBJECT, a[1]));
        }
    }

    /** The stance words a word form may be, particles first. */
    static List<Trigger> triggers(String folded) {
        return TRIGGERS.getOrDefault(folded, List.of());
    }

    private static void add(String form, Trigger t) {
        List<Trigger> list = TRIGGERS.computeIfAbsent(form, k -> new java.util.ArrayList<>());
        if (t.particle() != null) {
            list.add(0, t);
        } else {
            list.add(t);
        }
    }

    /** A verb's forms by the regular rules: base, -s, -ed, -ing (doubling a final consonant after one vowel). */
    private static void verb(String base, Trigger t) {
        Set<String> forms = new HashSet<>();
        forms.add(base);
        boolean e = base.endsWith("e");
        boolean y = base.endsWith("y") && !"aeiou".contains(base.substring(base.length() - 2, base.length() - 1));
        boolean doubles = base.matches(".*[^aeiou][aeiou][bdgmnpt]") && !base.endsWith("en") && !base.endsWith("on")
                && base.length() <= 5;
        forms.add(y ? base.substring(0, base.length() - 1) + "ies" : base.endsWith("sh") || base.endsWith("ss")
                || base.endsWith("ch") || base.endsWith("o") ? base + "es" : base + "s");
        forms.add(e ? base + "d" : y ? base.substring(0, base.length() - 1) + "ied" : doubles ? base + base.charAt(base.length() - 1) + "ed" : base + "ed");
        forms.add(e && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing"
                : doubles ? base + base.charAt(base.length() - 1) + "ing" : base + "ing");
        if (base.equals("fight")) {
            forms.add("fought");
        } else if (base.equals("take")) {
            forms.add("took");
            forms.add("taken");
        } else if (base.equals("stand")) {
            forms.add("stood");
        } else if (base.equals("speak")) {
            forms.add("spoke");
        } else if (base.equals("come")) {
            forms.add("came");
        } else if (base.equals("hit")) {
            forms.remove("hited");
        }
        forms.forEach(f -> add(f, t));
    }

    /** Words between a subject and its verb ("has also repeatedly"): auxiliaries, modals and adverbs. */
    static final Set<String> AUXILIARIES = set("has", "have", "had", "is", "was", "are", "were", "will", "would",
            "also", "later", "then", "again", "previously", "once", "repeatedly", "publicly", "reportedly", "recently",
            "earlier", "further", "been", "just", "already", "as", "being", "be", "not", "never", "often", "always",
            "could", "may", "might", "did", "does", "do", "should", "must", "can", "both", "all", "still", "now",
            "currently", "certainly", "strongly", "fully", "long", "consistently", "firmly", "openly", "clearly",
            "even", "no", "longer", "only", "cannot", "am", "'re", "'s", "'ve", "'m", "too", "so", "very", "more",
            "most", "equally", "in", "each", "personally", "themselves", "himself", "herself", "itself", "yet",
            "totally", "completely", "squarely", "staunchly", "vehemently", "fiercely", "sharply", "harshly",
            "roundly", "loudly", "quickly", "immediately", "swiftly", "initially", "ultimately", "generally");
    /** Words that negate the stance word they stand before. */
    static final Set<String> NEGATORS = set("not", "never", "no", "nor", "neither", "cannot", "hardly", "barely",
            "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining", "failed",
            "fails", "fail", "failing", "stopped", "ceased", "without");
    /** Words that end a subject going back from its verb, or a phrase going forward. */
    static final Set<String> BOUNDARIES = set("that", "which", "who", "whom", "whose", "and", "but", "or",
            "because", "when", "while", "if", "where", "after", "before", "since", "though", "although", "so", "than",
            "whether", "what", "how", "why", "unless", "until", "as", "despite", "once", "whereas", "nor");
    static final Set<String> PREPOSITIONS = set("of", "for", "at", "in", "from", "with", "on", "during", "by",
            "to", "about", "under", "over", "after", "before", "into", "between", "against", "among", "toward",
            "towards", "across", "through", "within", "without", "regarding", "concerning", "amid", "beyond");
    /** Prepositions whose phrase an issue keeps ("a ceasefire in Ukraine", "sanctions against Russia"). */
    static final Set<String> COMPLEMENTS = set("of", "in", "on", "for", "against", "with", "between", "over",
            "from", "to");
    /** Words an issue drops from its start: articles, quantifiers, possessive pronouns. */
    static final Set<String> DETERMINERS = set("the", "a", "an", "any", "all", "such", "this", "these", "those",
            "some", "its", "their", "his", "her", "our", "your", "my", "every", "each", "another", "further",
            "more", "both", "whatever", "no", "that", "either", "certain", "so-called", "immediate", "new");
    static final Set<String> PRONOUNS = set("he", "she", "it", "they", "we", "i", "you");
    /** Pronouns a stance may be taken on, standing for the issue last named ("doesn't support that"). */
    static final Set<String> ANAPHORS = set("that", "this", "it", "those", "these");
    /**
     * Nouns that only carry their complement ("calls for a ceasefire", "efforts to negotiate a truce"), among them what
     * someone said or decided ("his comment about the tax", "the decision to veto the bill").
     */
    static final Set<String> LIGHT_NOUNS = set("call", "calls", "effort", "efforts", "attempt", "attempts", "push",
            "bid", "move", "moves", "need", "idea", "prospect", "prospects", "possibility", "notion", "position",
            "positions", "stance", "demand", "demands", "request", "requests", "appeal", "appeals", "principle",
            "importance", "path", "way", "goal", "aim", "pursuit", "cause", "question", "issue", "matter",
            "prospect", "chance", "chances", "plea", "pleas", "proposals", "calls", "part", "parts", "role", "roles",
            "involvement", "participation", "consideration", "suggestion", "suggestions", "element", "elements",
            "aspect", "aspects", "much", "most", "kind", "sort", "type", "form", "comment", "comments", "claim",
            "claims", "argument", "arguments", "fact", "facts", "statement", "statements", "remark", "remarks",
            "assertion", "assertions", "decision", "decisions");
    /** Words that only stress the noun after them ("the very need", "the whole plan"): an issue drops them. */
    static final Set<String> INTENSIFIERS = set("very", "whole", "entire", "mere", "real", "actual", "same");
    /** Particles of a phrasal verb: a stance word followed by one is another verb ("backed off", "backed out"). */
    static final Set<String> PARTICLES = set("back", "out", "up", "down", "off", "away", "aside", "forward", "ahead",
            "around");
    /**
     * Words that are no issue on their own: particles of a phrasal verb ("backed out"), pronouns (indefinite, reflexive,
     * objects) and quantifiers.
     */
    static final Set<String> NO_ISSUE = set("back", "out", "up", "down", "off", "away", "aside", "forward", "ahead",
            "around", "over", "anything", "something", "everything", "nothing", "anyone", "someone", "everyone",
            "anybody", "somebody", "everybody", "one", "ones", "himself", "herself", "themselves", "itself", "myself",
            "yourself", "ourselves", "oneself", "others", "other", "thing", "things", "stuff", "lot", "him", "her",
            "them", "us", "me", "you", "several", "less", "more", "twice", "once", "somehow", "much", "many");
    /** Verbs an appeal or a light noun's complement may carry that only say the issue is to be had. */
    static final Set<String> LIGHT_VERBS = set("negotiate", "reach", "achieve", "broker", "secure", "agree",
            "conclude", "sign", "hold", "start", "begin", "resume", "restore", "implement", "establish", "pursue",
            "seek", "find", "make", "bring", "accept", "support", "back", "adopt", "approve", "pass", "ratify",
            "respect", "honor", "honour", "declare", "announce", "join", "enter", "launch", "open", "allow",
            "consider", "embrace", "endorse", "keep", "maintain", "reinstate", "renew", "extend", "enact", "have",
            "take", "engage", "reopen", "strike", "forge", "work", "promote", "facilitate");
    /** Verbs of stopping, whose object an appeal is against ("urged Moscow to end the war"). */
    static final Set<String> ENDING_VERBS = set("end", "stop", "halt", "cease", "abandon", "drop", "scrap",
            "withdraw", "quit", "suspend", "reverse", "lift", "cancel", "repeal", "reject", "oppose", "renounce", "prevent",
            "block", "thwart", "curb");
    /** Words that open a condition: "only if", "unless", "provided that", "as long as", "on condition that". */
    static final Set<String> CONDITIONS = set("unless", "if", "provided", "providing");
    /** Words of time that end an object ("open to talks on Tuesday"). */
    static final Set<String> WHEN = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "tomorrow", "last", "next", "earlier", "later", "now",
            "again", "instead", "too", "also", "soon", "immediately", "unconditionally", "already", "still", "here",
            "there", "then", "first", "either", "anymore", "altogether", "entirely", "publicly", "outright");
    /** Words that are never part of an issue's phrase (verbs of saying, auxiliaries). */
    static final Set<String> NOT_ISSUE = set("said", "says", "say", "saying", "told", "added", "is", "are", "was",
            "were", "be", "been", "will", "would", "could", "should", "can", "may", "might", "must", "has", "have",
            "had", "do", "does", "did", "not", "to", "he", "she", "they", "we", "i", "you", "it", "there", "here",
            "who", "which", "what", "because", "according", "while");
    /** Role nouns that stand for the body after them ("the authorities in Kyiv", "a spokesman for the ministry"). */
    static final Set<String> SPOKESPEOPLE = set("spokesman", "spokeswoman", "spokesperson", "official",
            "officials", "representative", "representatives", "office", "authorities", "government", "leaders",
            "leadership", "ministry", "administration", "envoy", "envoys", "diplomats", "diplomat", "side",
            "delegation", "forces", "military", "army", "people", "president", "minister", "leader");
    /**
     * Nouns a stance word can stand before as the first word of a compound, a noun then ("press secretary", "support
     * group", "protest movement"): roles, offices and the events and bodies they hold.
     */
    static final Set<String> COMPOUND_HEADS = set("secretary", "secretaries", "office", "offices", "officer",
            "officers", "release", "releases", "conference", "conferences", "briefing", "briefings", "aide", "aides",
            "corps", "staff", "group", "groups", "team", "teams", "movement", "movements", "gallery", "pool");
    /** Stance words of seeking, whose object may be something one wants for oneself ("seek a second term"). */
    static final Set<String> AMBITION = set("seek", "seeks", "seeking", "sought", "pursue", "pursues", "pursued",
            "pursuing");
    /** Offices and what one obtains for oneself: sought, they are ambition or a request, no position on an issue. */
    static final Set<String> OFFICES = set("term", "terms", "seat", "seats", "election", "re-election", "reelection",
            "nomination", "office", "post", "presidency", "chairmanship", "job", "records", "information", "info");
    /**
     * Verbs whose object, a stance word used as a noun, is the subject's own stance ("voiced unconditional support for",
     * "expressed strong support for", "reiterated its support for", "pledged support to"): not "won support", which is
     * others'.
     */
    static final Set<String> EXPRESSING = set("express", "expresses", "expressed", "expressing", "voice", "voices",
            "voiced", "voicing", "pledge", "pledges", "pledged", "pledging", "reiterate", "reiterates", "reiterated",
            "reiterating", "reaffirm", "reaffirms", "reaffirmed", "reaffirming", "restate", "restates", "restated",
            "offer", "offers", "offered", "offering", "declare", "declares", "declared", "declaring", "signal", "signals",
            "signaled", "signalled", "signaling", "signalling", "lend", "lends", "lent", "lending", "extend", "extends",
            "extended", "extending");
    /** Forms of "accept", whose object may be what one admits or receives rather than a position. */
    static final Set<String> ACCEPTING = set("accept", "accepts", "accepted", "accepting");
    /**
     * What one accepts as an admission or a receipt ("accepted responsibility", "accepted donations"), in the form an
     * issue's words take (singular): no position on an issue.
     */
    static final Set<String> RECEIVED = set("responsibility", "blame", "apology", "donation", "contribution", "money",
            "gift", "payment", "bribe", "invitation", "award", "prize");
    /** Names of documents that speak for whoever issued them ("the statement called for …"). */
    static final Set<String> DOCUMENTS = set("statement", "statements", "communique", "communiqué",
            "declaration", "document", "letter", "report", "readout", "plan", "resolution", "proposal", "text",
            "release", "paper");

    /** Words that make an organization's name a news medium's ("Associated Press", "Daily Herald", "Fox News"). */
    static final Set<String> MEDIA_NAMES = set("press", "journal", "times", "post", "tribune", "herald", "gazette",
            "telegraph", "chronicle", "broadcasting", "television", "tv", "radio", "magazine", "newspaper", "wire");

    /** Evaluative words that praise: what someone says with them is for what it is about ({@value #EVALUATION}). */
    static final Set<String> PRAISE;
    /** Evaluative words that criticize: what someone says with them is against what it is about. */
    static final Set<String> CRITICISM;
    private static final String EVALUATION = "evaluation.tsv";

    static {
        Set<String> praise = new HashSet<>();
        Set<String> criticism = new HashSet<>();
        for (WordLists.Line line : WordLists.read(EVALUATION, "the evaluative words")) {
            String[] f = line.text().split("\t", -1);
            if (f.length != 2 || !f[0].equals("+") && !f[0].equals("-")) {
                throw new IllegalStateException(EVALUATION + " line " + line.number() + ": + or - and the words are required");
            }
            (f[0].equals("+") ? praise : criticism).addAll(List.of(f[1].strip().split(" +")));
        }
        praise.removeAll(criticism);   // a word listed both ways says nothing
        PRAISE = Set.copyOf(praise);
        CRITICISM = Set.copyOf(criticism);
    }

    /**
     * What a word says of what it is about: 1 when it praises, -1 when it criticizes, else 0. A form the list does not
     * name is read by its base when it ends in a plural or a noun's ending ("bullies", "gaffes", "lawlessness": bully,
     * gaffe, lawless).
     */
    static int evaluation(String word) {
        int v = listed(word);
        if (v != 0 || OTHER_MEANINGS.contains(word)) {
            return v;
        }
        for (String[] ending : ENDINGS) {
            if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 2) {
                v = listed(word.substring(0, word.length() - ending[0].length()) + ending[1]);
                if (v != 0) {
                    return v;
                }
            }
        }
        return 0;
    }

    private static int listed(String word) {
        return PRAISE.contains(word) ? 1 : CRITICISM.contains(word) ? -1 : 0;
    }

    /** Endings read off a form to find its base, each with what the base ends in instead. */
    private static final String[][] ENDINGS = {{"ies", "y"}, {"es", ""}, {"s", ""}, {"ness", ""}, {"ments", "ment"}};
    /** Forms whose base means something else ("rights" are not what is right, "fines" are penalties). */
    private static final Set<String> OTHER_MEANINGS = set("rights", "goods", "means", "news", "fines");

    /** Words that turn an evaluation round when they stand just before it ("not good", "never wrong"). */
    static final Set<String> TURNERS = set("not", "never", "no", "nothing", "none", "nobody", "without", "hardly", "barely",
            "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
            "cannot", "couldn't", "shouldn't", "nor", "neither", "less", "stop", "end", "against");
}
