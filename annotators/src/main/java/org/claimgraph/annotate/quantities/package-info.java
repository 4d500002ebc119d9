/**
 * Quantities: the numbers an article claims, with value, unit, bound and the statement that claims them.
 *
 * <p><b>Reads</b> the {@code parse} layer (CoreNLP tokens with their NUMBER, MONEY and PERCENT tags and normalised
 * values, and dependency parses) and the {@code attributions} layer (statements as written, whose ids the speaker
 * stage keeps). <b>Writes</b> the {@code quantities} layer: one {@link org.claimgraph.model.Quantity} per number,
 * its span covering the number with its bounding words ("approximately 1,000", "between 300 and 400"), in text order.
 *
 * <ul>
 *   <li><b>Value</b> from the words ({@link org.claimgraph.annotate.quantities.NumberWords}: "1,000", "42 million",
 *       "1.5bn", "two", "a dozen"), CoreNLP's normalised value as a fallback for digits.
 *   <li><b>Bound</b> from the words before the number ("approximately", "at least", "no more than") when the parse
 *       attaches them to the number or CoreNLP's normaliser agrees; else from CoreNLP's {@code ~ > >= < <=} prefixes.
 *       Strict and non-strict comparisons read alike ("more than 3,000" is at-least 3,000). "nearly" and "almost" read
 *       as approximate. A range ("between 300 and 400", "10 to 20", "5-10") has the lower figure as its value and
 *       bound {@code RANGE}; "from 10 to 20" is a change, read as two exact numbers.
 *   <li><b>Unit</b>: a currency's ISO code ("$" and "dollars" are USD), "percent", or the noun the number modifies in
 *       the dependency parse ({@code nummod}: "50,000 soldiers" gives "soldiers", "1,000-km border" gives "km");
 *       null when the number stands alone.
 *   <li><b>Statement</b>: the id of the statement whose content span contains the quantity (the innermost one).
 * </ul>
 *
 * <p><b>Skips</b> dates, times, durations and ages (the {@code times} stage's; also numbers counting days, years and
 * other time units), ordinals, four-digit years standing alone or dating a noun ("2005 levels"), list numbering ("1." at the start of a sentence), phone numbers, identifiers after a proper noun
 * ("Article 5"), spelled-out numbers used as pronouns ("one of them", "the latter three") and scores ("3-2").
 *
 * <p><b>Non-goals:</b> vague plurals ("thousands of"), fractions ("half the staff"), arithmetic between quantities,
 * unit conversion, and numbers CoreNLP does not tag.
 */
package org.claimgraph.annotate.quantities;
