package org.claimgraph.store;

/**
 * Which part of a query's ordered result to return: skip {@code offset} rows, then at most {@code limit} (0: every
 * row that follows).
 */
public record Page(int offset, int limit) {

    /** Every row. */
    public static final Page ALL = new Page(0, 0);

    public Page {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page needs an offset and a limit of 0 or more (limit 0: no limit); "
                    + "got offset " + offset + " and limit " + limit);
        }
    }

    /** The page as SQL: the standard {@code OFFSET n ROWS FETCH FIRST n ROWS ONLY}, which H2 and PostgreSQL take. */
    String sql() {
        return (offset > 0 ? " OFFSET " + offset + " ROWS" : "")
                + (limit > 0 ? " FETCH FIRST " + limit + " ROWS ONLY" : "");
    }
}
