package org.claimgraph.store;

/**
 * Which statements a query returns; every field may be null (no condition).
 *
 * @param speaker a name of the speaker's canonical entity ("Okafor" finds Ines Okafor in every article)
 * @param about words the statement's content contains (case-insensitive)
 * @param from first day (ISO-8601 date) of the statement's date, or of its article's when it states none
 * @param to last day, inclusive
 */
public record StatementFilter(String speaker, String about, String from, String to) {

    public static final StatementFilter ALL = new StatementFilter(null, null, null, null);
}
