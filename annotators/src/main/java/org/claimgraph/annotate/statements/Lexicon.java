package org.claimgraph.annotate.statements;

import java.util.List;
import java.util.Set;

/** The word lists the statement rules use: reporting verbs, speaker words, hedges and channels. General English. */
final class Lexicon {

    private Lexicon() {}

    /** Verbs of saying, writing and thinking that report content in a clause ("said that ...", "believes ..."). */
    static final Set<String> CLAUSE_VERBS = Set.of(
            "say", "tell", "warn", "claim", "declare", "urge", "vow", "acknowledge", "emphasise", "emphasize",
            "admit", "insist", "report", "add", "argue", "note", "state", "announce", "suggest", "explain", "deny",
            "confirm", "believe", "predict", "accuse", "promise", "stress", "recall", "write", "tweet", "reveal",
            "estimate", "ask", "reply", "respond", "answer", "contend", "assert", "maintain", "conclude", "agree",
            "indicate", "show", "find", "concede", "complain", "charge", "allege",
            "testify", "pledge", "threaten", "boast", "joke", "quip", "observe", "remark", "mention", "remind",
            "signal", "hint", "worry", "forecast", "caution", "advise", "propose", "recommend", "demand",
            "inform", "proclaim", "clarify", "speculate",
            "counter", "retort", "muse", "post", "lament", "reiterate", "repeat", "brag", "opine",
            "point", "guarantee", "assure", "swear", "imply",
            "recount", "relate", "tout", "highlight", "stipulate", "specify",
            "learn", "echo", "cite", "call", "describe", "talk", "speak", "comment");

    /** Of those, the verbs whose object alone is reported content ("denied the report", "praised the deal"). */
    static final Set<String> OBJECT_VERBS = Set.of(
            "deny", "confirm", "announce", "criticize", "criticise", "praise", "endorse", "blame", "discuss",
            "cite", "propose", "recommend", "demand", "predict", "reveal", "acknowledge", "describe",
            "oppose", "reject", "dismiss", "denounce", "defend", "condemn", "mention", "emphasise", "emphasize",
            "stress", "urge", "support", "decry", "applaud", "slam", "blast", "attack", "welcome", "promise",
            "pledge", "vow", "highlight", "dispute", "estimate", "forecast", "tweet", "write", "echo");

    /**
     * Phrasal verbs whose object alone is reported content, by verb lemma and particle ("ruled out sending troops").
     * Their lemma in the rules is the two words, "rule out"; the verb alone ("ruled the country") reports nothing.
     */
    static final java.util.Map<String, String> PHRASAL_OBJECT_VERBS = java.util.Map.of("rule", "out");

    /** Whether a verb's object alone is reported content: a verb of {@link #OBJECT_VERBS} or a phrasal one. */
    static boolean objectVerb(String lemma) {
        return OBJECT_VERBS.contains(lemma) || lemma.indexOf(' ') > 0 && PHRASAL_OBJECT_VERBS.containsKey(
                lemma.substring(0, lemma.indexOf(' ')));
    }

    /** Verbs that introduce a quotation after a colon or beside it without a clause of their own. */
    static final Set<String> QUOTE_VERBS = Set.of("continue", "conclude", "explain", "add", "write",
            "tweet", "post", "joke", "quip", "exclaim", "shout", "scream", "yell", "sing", "chant", "read", "put");

    /** Verbs whose "to ..." complement is content ("urged X to ...", "vowed to ..."). */
    static final Set<String> INFINITIVE_VERBS = Set.of("urge", "vow", "promise", "pledge", "threaten", "ask",
            "tell", "warn", "advise", "demand", "propose", "recommend", "swear", "claim", "say");

    /** Verbs whose subject is the author of a statement noun they take as object ("made the claim that"). */
    static final Set<String> LIGHT_VERBS = Set.of("make", "issue", "give", "express", "voice", "deliver", "offer",
            "repeat", "reiterate", "raise", "put", "release", "publish", "post", "send", "lodge", "file", "share",
            "renew", "restate", "echo", "air");

    /** Head nouns of anonymous sources when no name is given. */
    static final Set<String> ANONYMOUS_HEADS = Set.of("source", "official", "aide", "insider", "person",
            "people", "adviser", "advisor", "staffer", "diplomat", "officer", "analyst", "observer", "expert",
            "witness", "resident", "member", "someone", "individual", "spokesperson", "spokesman", "spokeswoman");

    /** Head nouns that name a news outlet or a piece of reporting. */
    static final Set<String> MEDIA_HEADS = Set.of("newspaper", "paper", "report", "network", "outlet",
            "magazine", "agency", "broadcaster", "channel", "tabloid", "daily", "times", "post", "journal",
            "reuters", "ap", "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "politico", "bloomberg", "axios",
            "tass", "ria", "interfax", "xinhua", "afp", "guardian", "telegraph", "tribune", "herald", "gazette",
            "news", "press", "breitbart", "reporter", "correspondent", "journalist", "editor", "column", "editorial",
            "poll", "survey", "study");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "him", "her", "we", "you");

    /** Hedging words and phrases (lower case) that weaken a report. */
    static final List<String> HEDGES = List.of("reportedly", "allegedly", "purportedly", "supposedly",
            "unverified", "unconfirmed", "citing undisclosed sources", "citing anonymous sources",
            "citing unnamed sources", "has not confirmed or denied", "could not be independently verified",
            "could not independently verify", "not independently verified", "it is claimed", "rumored", "rumoured");

    /** Cue verbs that are hedges themselves. */
    static final Set<String> HEDGING_CUES = Set.of("claim", "allege", "purport");

    /** Where something was said, by the head noun of an "on/in/at ..." modifier of the cue. */
    static final Set<String> CHANNELS = Set.of("telegram", "twitter", "x", "facebook", "instagram", "youtube",
            "tiktok", "television", "tv", "radio", "statement", "interview", "conference", "briefing", "speech",
            "post", "tweet", "video", "podcast", "broadcast", "blog", "website", "email", "letter", "rally",
            "hearing", "op-ed", "memo", "show", "program", "programme", "debate", "town", "call");
}
