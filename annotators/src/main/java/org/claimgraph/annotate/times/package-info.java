/**
 * Time expressions: dates, times, durations and sets written in an article, with TIMEX3 values anchored at the
 * publication date.
 *
 * <p><b>Reads</b> the {@code parse} layer (CoreNLP tokens, whose SUTime timex annotations were made with the
 * publication date as document date, part-of-speech tags and dependency parses) and the document's publication date.
 * <b>Writes</b> the {@code times} layer: one {@link org.claimgraph.model.TimeExpression} per expression, its span
 * covering exactly the words, its value in the TempEval-3 conventions ({@code 2024-05-28}, {@code 2024-W22},
 * {@code 2024-Q3}, {@code 2024-05-28TMO}, {@code P2Y}, {@code PRESENT_REF}), or null where the words do not determine
 * one.
 *
 * <p>SUTime finds the expressions; {@link org.claimgraph.annotate.times.TimexValues} rewrites its values where they
 * differ from TimeML or where SUTime is known to be wrong, by general rules (ranges of years, weekdays resolved by the
 * tense of their verb, unresolved {@code THIS}/{@code OFFSET} forms, seasons and parts of the day).
 *
 * <p><b>Non-goals:</b> temporal relations between events and times (TLINKs), event anchoring, times in languages
 * other than English, and guessing a year for "May 28" when the article has no publication date (the value is then
 * null).
 */
package org.claimgraph.annotate.times;
