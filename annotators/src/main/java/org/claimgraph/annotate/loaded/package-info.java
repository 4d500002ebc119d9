/**
 * Loaded wording: spans of emotionally charged language and of name-calling or labelling, in the sense of
 * SemEval-2020 Task 11 (techniques Loaded_Language and Name_Calling,Labeling). It says how something is put, never
 * whether it is true.
 *
 * <p><b>Reads</b> the article's text only (no parse: the words come from {@code Words}, a tokenizer of its own).
 * <b>Writes</b> the {@code loaded} layer: one {@link org.claimgraph.model.LoadedWording} per span, in text order,
 * spans never overlapping, technique {@code loaded-language} or {@code name-calling}.
 *
 * <ul>
 *   <li><b>Learned lexicon</b> ({@link org.claimgraph.annotate.loaded.LoadedLexicon}): words, word families (a word
 *       without a common inflection) and pairs of words weighted by the smoothed share of their occurrences inside
 *       gold spans of each technique in the PTC training articles; names (words mostly written with a capital) and
 *       words naming a political side are left out. Retrained by {@code claimgraph train loaded}.
 *   <li><b>General rules</b> ({@code LoadedRules}, {@code ScareQuotes}): charged words ("disastrous", "sham"),
 *       contemptuous labels ("thugs", "cronies", "the regime"), labelling adjectives with the noun they qualify
 *       ("so-called experts", "far-right group"), intensifiers before a charged word ("utterly absurd"), and short
 *       scare-quoted labels after a word that introduces them ("branded a “traitor”"). Hand-written general
 *       English; no name of a person, party, country or outlet.
 *   <li><b>Side-neutral</b>: nothing depends on who is named; the same words give the same span whoever they are
 *       aimed at (tested with paired sentences).
 * </ul>
 *
 * <p><b>Non-goals:</b> the other twelve techniques of the task (doubt, exaggeration, flag-waving...), whether the
 * wording is the article's own or quoted (a quote's loaded words are marked too), sarcasm, and languages other than
 * English.
 */
package org.claimgraph.annotate.loaded;
