/**
 * Entities: who and what an article names.
 *
 * <p><b>Reads</b> the text and the {@code parse} layer (CoreNLP's four-class name mentions, part-of-speech tags and
 * dependency parses). <b>Writes</b> the {@code entities} layer: one {@link org.claimgraph.model.Entity} per person,
 * organisation, country, place, news outlet or speaking group, ids {@code e1, e2, ...} in order of first mention,
 * each with a canonical name (the longest full name: "Ann Bell" for "Bell"; a country's usual name for "U.S."; an
 * institution without its article), aliases (the other names written), roles (titles written next to a name:
 * "Defence Minister", "a spokeswoman for the ministry") and every mention as a span of the text.
 *
 * <p><b>Rules.</b> {@code NameMentions} repairs CoreNLP's boundaries (title words or an institution's name glued to
 * a person's name, two names run together by a missing comma, outlets after "newspaper"); {@code EntityFinder}
 * merges a one-word name into the full name it ends or starts, and tags countries, capitals and seats of government
 * from the gazetteers in this package's resources; {@code Roles} reads titles before a name and appositions around
 * it; {@code MediaRules} types outlets; {@code Descriptions} resolves "the French president" to the person most
 * recently mentioned whose roles fit; {@code Groups} adds collective speakers ("analysts warned").
 *
 * <p><b>Non-goals.</b> Pronouns are not mentions (the speakers stage resolves pronoun speakers); no linking to a
 * knowledge base; no entity is shared across articles. Names of people and outlets are never listed: the word lists
 * hold countries, demonyms, capitals, seats of government and title words, all general knowledge.
 */
package org.claimgraph.annotate.entities;
