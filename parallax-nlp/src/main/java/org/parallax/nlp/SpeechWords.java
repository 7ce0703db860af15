package org.parallax.nlp;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the quote finder reads speech by, in lower case: cues that mark speech, the cues that take a clause
 * without "that", those that take an addressee, verbs of a position taken, nouns of a claim, and the small words of
 * English phrases (auxiliaries, determiners, prepositions, pronouns) that bound a speaker's name. General English,
 * no names of people, places or events.
 */
final class SpeechWords {
    private SpeechWords() {
    }

    /** Verbs and nouns that mark speech or a stated position. */
    static final Set<String> CUES = Set.of("said", "say", "says", "saying", "added", "adds", "adding",
            "stated", "states", "insisted", "insists", "warned", "warns", "denied", "denies", "argued", "argues",
            "claimed", "claims", "explained", "explains", "noted", "notes", "announced", "announces", "reported",
            "reports", "wrote", "writes", "tweeted", "tweets", "posted", "acknowledged", "acknowledges", "admitted",
            "admits", "confirmed", "confirms", "declared", "declares", "stressed", "stresses", "emphasized",
            "emphasised", "suggested", "suggests", "predicted", "predicts", "promised", "promises", "vowed", "vows",
            "recalled", "recalls", "assured", "assures", "expressed", "expresses", "concluded", "observed",
            "mentioned", "commented", "remarked", "answered", "responded", "replied", "replies", "contended",
            "maintained", "asserted", "alleged", "disclosed", "revealed", "told", "tells", "tell", "telling",
            "informed", "learned", "denounced", "asked", "asks", "quoted", "according", "believes", "thinks",
            "estimated", "estimates", "countered", "continued", "conceded", "complained", "boasted", "joked",
            "cautioned", "hinted", "claiming", "warning", "arguing", "insisting", "denying", "asking", "explaining",
            "noting", "stating", "call", "calls", "called", "calling", "describes", "described", "describing", "dubbed",
            "labeled", "labelled", "sings", "sang", "singing", "shouted", "yelled", "chanted", "writing", "tweeting",
            "declaring", "announcing", "promising", "vowing", "recalling", "stressing", "suggesting",
            "acknowledging", "admitting", "reporting", "quipped", "pleaded", "testified",
            "wondered", "questioned", "demanded", "proclaimed", "exclaimed", "whispered", "murmured", "muttered",
            "screamed", "yells", "shouts", "screams", "cries", "cried", "whispers", "mutters", "charges", "charged", "shows", "showed", "show", "found", "finds", "indicated", "indicates",
            "ruled", "rules", "concludes", "pointed", "hopes", "fears", "expects", "read", "reads",
            "summarized", "summarizes", "put", "puts");
    /** Cues that report what was said with or without "that"; the others report speech only before "that". */
    static final Set<String> SAYING = Set.of("said", "say", "says", "added", "adds", "stated", "states",
            "insisted", "insists", "warned", "warns", "argued", "argues", "claimed", "claims", "explained", "explains",
            "noted", "notes", "stressed", "stresses", "believes", "thinks", "told", "tells", "wrote", "writes",
            "tweeted", "declared", "declares", "predicted", "predicts", "promised", "vowed", "contended", "asserted",
            "alleged", "replied", "responded", "countered", "conceded", "cautioned", "acknowledged", "acknowledges",
            "admitted", "admits", "suggested", "suggests", "indicated", "indicates", "charged", "charges", "hopes",
            "fears", "expects", "believed", "thought", "felt", "feels");
    /** Cues that mean nothing but speech: what follows them is what was said. */
    static final Set<String> SAYS = Set.of("said", "say", "says", "saying");
    /** Nouns of a claim made, whose possessor made it ("Trump's claim that …"). */
    static final Set<String> CLAIMS = Set.of("claim", "claims", "assertion", "argument", "allegation",
            "allegations", "statement", "warning", "promise", "pledge", "insistence", "contention", "charge", "view",
            "belief", "suggestion", "prediction", "accusation", "comment", "comments", "remark", "remarks");
    /** Verbs of a position taken toward something, reported as attributions of their object. */
    static final Set<String> POSITIONS = Set.of("criticized", "criticised", "criticizes", "attacked", "attacks",
            "praised", "praises", "condemned", "condemns", "blasted", "blasts", "slammed", "slams", "accused",
            "accuses",
            "urged", "urges", "implored", "pledged", "pledges", "proposed", "proposes", "demanded", "demands",
            "rejected",
            "rejects", "defended", "defends", "supported", "supports", "opposed", "opposes", "endorsed", "endorses",
            "welcomed", "welcomes", "applauded", "lambasted", "denounced", "denounces", "questioned", "questions",
            "challenged", "challenges", "dismissed", "dismisses", "disputed", "disputes", "backed", "backs", "cited",
            "cites", "highlighted", "touted", "touts", "painted", "described", "called", "calls", "demanding",
            "defending", "questioning", "encouraging", "encouraged", "encourages", "criticizing", "attacking",
            "praising", "urging", "accusing", "blasting", "slamming", "condemning", "rejecting", "supporting",
            "opposing", "backing", "mocked", "mocking", "touting", "citing", "promoting", "promoted", "promotes",
            "discussed", "discussing", "likened", "likens", "branded", "brands", "hailed", "hails", "proclaimed",
            "proclaims", "bemoaned", "bemoaning", "exhorted", "exhorts", "referenced", "referencing", "admires",
            "admired", "lauded", "lauds", "scolded", "scolds", "characterized", "characterizes", "decried", "decries",
            "derided", "derides", "blamed", "blames", "compared", "compares", "ridiculed", "ridicules");
    /** Verbs of speaking of a topic, named after a preposition ("spoke about", "called for", "railed against"). */
    static final Set<String> TOPICAL = Set.of("spoke", "speaks", "speaking", "talked", "talks", "talking",
            "complained", "complains", "complaining", "bragged", "brags", "boasted", "boasts", "joked", "jokes",
            "commented", "comments", "railed", "rails", "railing", "wrote", "writes", "asked", "asks", "testified",
            "warned", "warns", "argued", "argues", "called", "calls", "calling", "pressed", "presses", "worried",
            "worries", "cautioned", "advocated", "advocates", "campaigned", "lobbied", "pleaded", "pleads",
            "apologized", "apologizes", "weighed", "fretted", "frets", "mused", "muses", "vented", "inquired");
    /** Verbs of a mind made up, wanted or agreed, reported with their clause ("agreed that", "plans to"). */
    static final Set<String> INTENTS = Set.of("agreed", "agrees", "agree", "believe", "believed", "know", "knows",
            "knew", "feel", "want", "wants", "wanted", "plan", "plans", "planned", "planning", "hope", "hoped",
            "decided", "decides", "declined", "declines", "refused", "refuses", "refusing", "intends", "intended",
            "intend", "pledged", "vowed", "promised", "threatened", "threatens", "offered", "offers", "sought", "seeks",
            "expect", "expected", "doubt", "doubts", "doubted", "fear", "feared", "worry", "worried");
    /** Prepositions that name the topic of speech. */
    static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "on", "for", "against", "over");
    /** Verbs of a concern voiced over a topic ("expressed deep concern about"). */
    static final Set<String> VOICED = Set.of("expressed", "expresses", "voiced", "voices", "raised", "raises",
            "registered", "aired");
    /** Words after which a cue word ending in -s is a plural noun, not a verb ("the reports", "of tweets"). */
    static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "of", "these", "those", "many", "several", "some", "recent", "latest", "new", "such", "two",
            "three", "both", "other", "any", "no", "all", "and", "in", "on", "by", "with", "from", "to", "for");
    /** Cues that take an addressee before what is said ("told reporters that"). */
    static final Set<String> ADDRESSED = Set.of("told", "tells", "tell", "telling", "informed", "assured",
            "assures", "warned", "warns", "asked", "asks", "reminded");
    /** Words between a subject and its cue ("has also said"). */
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "are", "were", "will",
            "would", "also", "later", "then", "again", "previously", "once", "repeatedly", "publicly", "reportedly",
            "recently", "earlier", "further", "been", "just", "already", "separately", "as", "being", "not",
            "never", "often", "always", "still", "now", "even", "could", "may", "might", "did", "does", "do", "should", "must", "can");
    /** Words that end a subject going back from its cue. */
    static final Set<String> BOUNDARIES = Set.of("that", "which", "who", "whom", "whose", "and", "but", "or",
            "because", "when", "while", "if", "where", "after", "before", "since", "though", "although", "so", "than",
            "whether", "what", "how", "why", "to");
    /** Words a subject with no name may start with ("a source", "the statement", "officials" does not need one). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "my", "your", "one", "another", "some", "many", "several", "two", "three", "both", "other",
            "senior", "officials", "sources", "experts", "analysts", "critics", "police", "authorities", "witnesses");
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt",
            "col", "st", "prof", "rev", "jr", "sr", "u.s", "u.n", "no");
    static final Set<String> PREPOSITIONS = Set.of("of", "for", "at", "in", "from", "with", "on", "during",
            "by", "to", "about", "under", "over", "after", "before", "into");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    /** What a document that speaks for its issuer is called ("the statement said"). */
    static final Set<String> DOCUMENTS = Set.of("statement", "statements", "communique", "communiqué",
            "declaration", "release", "text", "document", "letter", "report", "readout", "transcript", "ad", "ads",
            "advertisement", "commercial", "memo", "email", "tweet", "post", "resolution", "lawsuit", "suit",
            "complaint", "petition", "filing", "editorial", "op-ed");
    /** Words that make an organization a medium that relays others ("state broadcaster CCTV"). */
    static final Set<String> MEDIA = Set.of("agency", "broadcaster", "newspaper", "television", "tv", "radio",
            "channel", "outlet", "daily", "tabloid", "magazine", "wire", "network", "paper", "media", "website",
            "news");
    /** Roles that speak for the body named after them ("a spokesman for the ministry"). */
    static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "official", "officials", "representative", "representatives", "office", "aide", "aides", "source",
            "sources");
    static final String WHEN = "(?:(?:on|last|this|early|late|earlier|later|next)\\s+)?(?:Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night|yesterday|today|tonight)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?";
    static final Pattern LEADING_WHEN = Pattern.compile(
            "(?i)(?:" + WHEN + ")\\s*,?\\s+");
    static final Pattern TRAILING_WHEN = Pattern.compile(
            "(?i)\\s*,?\\s+(?:" + WHEN + ")$");
    /** Words a title leaves in lower case. */
    static final Set<String> SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "or", "in", "on", "at", "to",
            "for", "with", "by", "from", "is", "are", "as", "vs");
}
