/**
 * Statements: who said what in an article.
 *
 * <p><b>Reads</b> the text and the {@code parse} layer (CoreNLP tokens, lemmas, named-entity tags and basic
 * dependency parses). <b>Writes</b> the {@code statements} layer: one {@link org.claimgraph.model.Statement} per
 * direct quote or reported speech, with the speaker's mention, the cue and the content as spans of the text, the
 * hedges of its sentence, the channel ("on Telegram") and the chain of reporters ("according to the Times").
 *
 * <p><b>Rules.</b> Quotes are found by their marks ({@code QuoteFinder}: straight, typographic and single marks,
 * apostrophes told apart, quotes over several paragraphs). A reporting verb from a word list with a subject and a
 * clause, infinitive or (for some verbs) object gives reported speech; when that complement is a quote, or a quote
 * stands next to the verb in its sentence, the quote is the content of a direct statement; quote fragments inside
 * reported speech make it mixed. "According to X" reports the clause it modifies. A quote after "he said:" takes
 * that verb; a quote after a quoted statement in the same paragraph, or opening the next paragraph, continues it.
 * Other long quotes keep an unknown speaker; short ones (scare quotes) are not statements.
 *
 * <p><b>Cue model.</b> {@code CueCandidates} lists the words that may head a cue (verbs, statement nouns, adjectives
 * with a clause) with features of their parse; {@code CueModel}, a logistic regression trained on PolNeAR's training
 * split ({@code claimgraph train attribution}), scores them. A verb the word lists do not know ("thinks", "wants")
 * reports its clause, infinitive or object when the model is confident; a listed verb the model finds unlikely is
 * dropped; a noun ("the claim that ...", "a poll") or adjective ("confident that ...") reports its clause, its
 * possessor or subject being the source. Inside a quotation, a listed verb with a third-person subject and a "that"
 * clause reports nested speech.
 *
 * <p><b>Content model.</b> For reported speech (not a direct quote) {@code ContentCandidates} lists other boundaries
 * of the content: whole constituents cut off either end of the parse subtree the rules took (a trailing participle,
 * relative or adverbial clause, a leading time phrase, the object before an infinitive), with features of the cut;
 * the content model, a ranking model ({@code CueModel} of kind CONTENT) trained on PolNeAR's training split by
 * {@code claimgraph train attribution --content-out}, picks one. The rules' span wins ties.
 *
 * <p><b>Non-goals.</b> No coreference: a pronoun speaker is named after the nearest PERSON mention before it.
 * Dates of the utterance and entity links are left to later stages. Names of
 * people and outlets are never listed: the rules use only general English words.
 *
 * <p>Measured by {@code claimgraph eval attribution} on PolNeAR; see docs/QUALITY.md.
 */
package org.claimgraph.annotate.statements;
