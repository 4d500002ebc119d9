package org.claimgraph.annotate.loaded;

import java.util.Set;

/**
 * The general rules: hand-written lists of general English words, none taken from a gold set, that mark charged
 * wording whoever it is aimed at. Each list is about how a thing is put, never about who it is put about: no name,
 * party, country or group appears here, so the same words fire on every side.
 */
final class LoadedRules {

    private LoadedRules() {}

    /** Emotionally charged adjectives, nouns and verbs: each one starts a loaded-language span. */
    static final Set<String> CHARGED = Set.of(
            "outrageous", "disgraceful", "shameful", "shameless", "horrific", "horrifying", "horrendous",
            "appalling", "atrocious", "abhorrent", "despicable", "disgusting", "sickening", "vile", "heinous",
            "nefarious", "sinister", "insidious", "monstrous", "barbaric", "vicious", "ruthless", "brutal",
            "pathetic", "ridiculous", "absurd", "ludicrous", "preposterous", "laughable", "insane", "idiotic",
            "disastrous", "catastrophic", "devastating", "devastated", "tragic", "shocking", "shocked",
            "staggering", "stunning", "unprecedented", "terrible", "awful", "horrible", "dreadful", "nightmare",
            "catastrophe", "fiasco", "debacle", "mayhem", "carnage", "bloodbath", "onslaught", "havoc",
            "annihilate", "annihilated", "obliterate", "obliterated", "decimate", "decimated", "slammed",
            "blasted", "lambasted", "savaged", "trashed", "outrage", "outraged", "fury", "furious", "hysteria",
            "hysterical", "frenzy", "scandalous", "disgrace", "disgraced", "betrayed",
            "treasonous", "smear", "smears", "smeared", "sham", "farce", "rigged", "phony", "bogus", "blatant",
            "blatantly", "flagrant", "reckless", "draconian", "tyrannical", "murderous", "bloodthirsty",
            "venomous", "toxic", "hateful", "menacing", "evil", "wicked", "sordid", "grotesque", "obscene",
            "deplorable", "reprehensible", "egregious", "scathing", "vitriol", "vitriolic", "rant", "tirade",
            "crushing", "crushed", "plunder", "looted", "rampant", "sinful", "demonic", "diabolical",
            "sneering", "arrogant", "arrogance", "cowardly", "spineless", "hypocritical", "hypocrisy", "lies",
            "propaganda", "brainwashed", "brainwashing", "doomed", "apocalyptic", "glorious",
            "magnificent", "tremendous", "incredible", "unbelievable", "fantastic", "miraculous",
            "skyrocketing", "soaring", "plummeting", "explosive", "bombshell", "chaos", "chaotic",
            "panic", "terrifying", "terrified", "horrified", "heartbreaking", "heartless", "cruel", "cruelty",
            "slaughter", "slaughtered", "oppressive",
            "dishonest", "deceitful", "treacherous", "sleazy", "shady", "crooked", "corrupt", "corruption",
            "filthy", "filth", "degenerate", "perverse", "perverted", "depraved", "vulgar");

    /** Adverbs that make a charged word stronger: they start a span of their own only before a charged word. */
    static final Set<String> INTENSIFIERS = Set.of(
            "utterly", "extremely", "incredibly", "grossly", "totally", "completely", "absolutely", "deeply",
            "truly", "horribly", "terribly", "wildly", "insanely", "outright", "sheer", "very", "so", "most",
            "hugely", "massively", "wholly", "downright", "thoroughly", "blindly");

    /** Nouns that label a person or group with contempt: a span of name-calling, with the words qualifying it. */
    static final Set<String> LABELS = Set.of(
            "thug", "thugs", "crook", "crooks", "liar", "liars", "traitor", "traitors", "tyrant", "tyrants",
            "dictator", "dictators", "despot", "despots", "puppet", "puppets", "stooge", "stooges", "lackey",
            "lackeys", "henchman", "henchmen", "crony", "cronies", "zealot", "zealots", "fanatic", "fanatics",
            "extremist", "extremists", "bigot", "bigots", "racist", "racists", "fascist", "fascists", "warmonger",
            "warmongers", "demagogue", "demagogues", "propagandist", "propagandists", "shill", "shills", "hack",
            "hacks", "crackpot", "crackpots", "lunatic", "lunatics", "maniac", "maniacs", "psychopath",
            "psychopaths", "idiot", "idiots", "moron", "morons", "fool", "fools", "clown", "clowns", "buffoon",
            "hypocrite", "hypocrites", "charlatan", "charlatans", "coward", "cowards",
            "parasite", "parasites", "vermin", "scum", "snowflake", "snowflakes", "cabal", "clique", "mob",
            "junta", "infidel", "infidels", "heretic", "heretics", "apostate", "apostates", "savages",
            "barbarians", "pariah", "rogue", "villain", "villains", "gangster", "gangsters", "mobster",
            "mobsters", "radicals", "militants", "supremacist", "supremacists", "leftist", "leftists", "rightist", "rightists",
            "communist", "communists", "marxist", "marxists", "elitist", "elitists",
            "apologist", "apologists", 
            "agitator", "agitators", "provocateur", "provocateurs", "usurper", "oligarch", "oligarchs",
            "kleptocrat", "kleptocrats", "autocrat", "autocrats", "regime", "witch-hunt", "hoax", "cult", "devil",
            "devils", "demon", "demons", "beast", "monster", "monsters", "sycophant", "sycophants",
            "bully", "bullies", "loser", "losers", "deniers", "denier", "hardliners", "hardliner");

    /** Adjectives that label whoever they qualify: a name-calling span with the noun after them. */
    static final Set<String> LABELLING_ADJECTIVES = Set.of(
            "so-called", "self-styled", "self-proclaimed", "wannabe", "would-be", "pseudo", "far-left",
            "far-right", "ultra-left", "ultra-right", "hard-left", "hard-right", "alt-right", "alt-left",
            "leftist", "rightist", "radical", "extremist", "fascist", "communist", "marxist",
            "supremacist", "globalist", "elitist", "authoritarian", "totalitarian", "tyrannical", "puppet",
            "rogue", "corrupt", "crooked", "illegitimate", "fake", "brainwashed", "militant", "hardline",
            "fanatical", "bigoted", "racist", "treacherous", "despotic", "dictatorial", "warmongering");

    /** Words after which a short phrase in quote marks is a label ("branded a 'traitor'"). */
    static final Set<String> LABEL_CUES = Set.of(
            "called", "calls", "calling", "dubbed", "dubs", "branded", "brands", "labelled", "labeled", "labels",
            "so-called", "self-described", "self-styled", "a", "an", "the", "as", "his", "her", "their", "its",
            "this", "these", "those");

    /**
     * Words naming a political side, in pairs of opposites. The learned lexicon leaves out every key holding one, so
     * that a gold set annotated on one side's texts cannot teach that naming one side is loaded and the other not.
     */
    static final Set<String> SIDE_WORDS = Set.of(
            "left", "right", "leftist", "rightist", "leftists", "rightists", "left-wing", "right-wing",
            "left-winger", "right-winger", "left-wingers", "right-wingers", "far-left", "far-right", "hard-left",
            "hard-right", "ultra-left", "ultra-right", "alt-left", "alt-right", "liberal", "conservative",
            "liberals", "conservatives", "progressive", "traditionalist", "progressives", "traditionalists",
            "socialist", "capitalist", "socialists", "capitalists", "communist", "fascist", "communists",
            "fascists", "marxist", "nationalist", "marxists", "nationalists", "secular", "religious", "atheist",
            "believer", "atheists", "believers", "democrat", "republican", "democrats", "republicans", "labour",
            "tory", "tories", "pro-government", "anti-government", "opposition", "government", "regime",
            "globalist", "populist", "globalists", "populists", "elitist", "elitists", "elite", "elites");

    /** Function words: they never widen a span to the word they qualify. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "and", "or", "but", "nor", "of", "in", "on", "at",
            "to", "for", "from", "by", "with", "as", "into", "about", "than", "is", "are", "was", "were", "be",
            "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
            "may", "might", "must", "not", "no", "it", "its", "he", "she", "they", "we", "you", "i", "him", "her",
            "them", "us", "me", "his", "their", "our", "your", "my", "who", "whom", "which", "what", "when",
            "where", "why", "how", "there", "here", "all", "any", "some", "such", "very", "so", "too", "also",
            "just", "only", "even", "if", "then", "because", "while", "after", "before", "over", "under", "s",
            "one", "anyone", "everyone", "someone", "nobody", "anything", "everything", "something", "nothing");

    /** Words that qualify a label and belong in its span when they come right before it ("the", "a", "his"). */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those");
}
