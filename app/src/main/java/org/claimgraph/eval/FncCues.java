package org.claimgraph.eval;

import java.util.List;
import java.util.Set;

/**
 * The word lists of the FNC-1 rules, written from general knowledge of news English (none is taken from the gold
 * set). Single words are compared after {@link FncText#stem}, so "denied", "denies" and "deny" are one cue; phrases
 * are compared word by word, also stemmed.
 */
final class FncCues {

    /** Words that refute or deny a claim. */
    static final List<String> REFUTING = List.of("deny", "denies", "denied", "denial", "false", "fake", "hoax",
            "debunk", "debunked", "untrue", "fabricated", "fabrication", "bogus", "myth", "rejected", "rejects",
            "dismissed", "dismisses", "refute", "refuted", "refutes", "retract", "retracted", "retraction", "satire",
            "satirical", "prank", "baseless", "unfounded", "nonsense", "rubbish", "misleading", "doctored", "photoshopped",
            "scam", "wrong", "incorrect", "erroneous", "disputed", "disputes", "contradicts");

    /** Phrases that refute or deny a claim. */
    static final List<String> REFUTING_PHRASES = List.of("not true", "no evidence", "no truth", "no proof",
            "not real", "is not", "did not", "does not", "has not", "was not", "never happened", "turned out",
            "made up", "no such", "no basis", "not the case", "no plans", "not happen", "not going to");

    /** Words that hedge or attribute a claim to someone else. */
    static final List<String> HEDGING = List.of("reportedly", "allegedly", "alleged", "claim", "claims", "claimed",
            "rumor", "rumour", "rumors", "rumours", "rumored", "rumoured", "unconfirmed", "unverified", "could", "may",
            "might", "possibly", "possible", "perhaps", "apparently", "speculation", "speculate", "speculated",
            "suggest", "suggests", "suggested", "purportedly", "purported", "supposedly", "appears", "seems", "believed",
            "suspected", "likely", "unclear", "reported", "sources", "source", "tweeted", "posted", "speculating");

    /** Phrases that hedge or attribute a claim. */
    static final List<String> HEDGING_PHRASES = List.of("according to", "if true", "not yet", "not clear",
            "is said", "are said", "it is unclear", "cannot be verified", "could not be verified", "not been confirmed",
            "not confirmed", "not independently", "it remains");

    /** Words that confirm a claim as fact. */
    static final List<String> CONFIRMING = List.of("confirmed", "confirms", "confirm", "announced", "announces",
            "revealed", "reveals", "officially", "official", "verified", "proved", "proven", "indeed", "acknowledged",
            "admitted", "admits", "shows", "showed", "footage", "video", "photos", "released", "launched", "unveiled");

    /** Negations, counted near the words a body sentence shares with its headline. */
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nor", "neither", "without", "nothing",
            "none", "nobody", "cannot");

    /** Function words left out of the similarity. */
    static final Set<String> STOPWORDS = Set.of("a", "about", "after", "again", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "did",
            "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
            "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "of", "off", "on", "once",
            "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such",
            "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
            "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
            "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "s", "t", "now",
            "new", "one", "two", "like", "get", "got", "says", "said", "say");

    private FncCues() {}
}
