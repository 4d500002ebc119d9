/**
 * Speakers: who each statement's speaker is.
 *
 * <p><b>Reads</b> the {@code attributions} layer (statements with speakers as written), the {@code entities},
 * {@code times} and {@code parse} layers. <b>Writes</b> the {@code statements} layer: the same statements, in the
 * same order and with the same spans, whose speaker carries the canonical entity name, the entity id and a type from
 * the entity (PERSON, ORGANIZATION, MEDIA, COUNTRY for countries and for capitals speaking for their governments,
 * GROUP for collective speakers, ANONYMOUS for anonymous sources named by their wording); whose reporting chain
 * ({@code via}) names are resolved the same way; and whose date is a calendar date written in the cue's sentence
 * outside the content ("said on March 5"), when there is one.
 *
 * <p><b>Rules.</b> A pronoun speaker takes the person who spoke in the statement just before, when that is in the
 * same or the previous sentence, else the person mentioned last before it within two sentences (outside the
 * statement's own content). Other speakers take the person named inside their words, then an entity named between
 * them and the cue, then a person named right after them ("the ministry's spokeswoman Ann Bell"), then any entity
 * inside them. "The Ruritanian government" speaks for Ruritania. Role descriptions ("the spokesman") are resolved
 * by the entities stage, which makes them mentions of their person.
 *
 * <p><b>Non-goals.</b> No gender agreement for pronouns and no full coreference; "I" and "we" stay as written; the
 * statements themselves (which are found, their spans and hedges) are the statements stage's work.
 */
package org.claimgraph.annotate.speakers;
