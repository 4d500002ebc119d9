/**
 * Linking across articles: the keys under which one entity, one reported utterance or one article meets its
 * counterparts in other articles. Pure functions over the analysed {@link org.claimgraph.model.Document}; the store
 * keeps the keys and joins on them, so linking stays incremental (an article ingested later joins the groups that
 * are already there).
 */
package org.claimgraph.corpus;
