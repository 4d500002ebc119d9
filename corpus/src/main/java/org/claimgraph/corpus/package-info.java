/**
 * Linking across articles: the keys under which one entity ({@link org.claimgraph.corpus.EntityKeys}), one reported
 * utterance ({@link org.claimgraph.corpus.StatementKeys}) or one article's event
 * ({@link org.claimgraph.corpus.EventKeys}) meets its counterparts in other articles. Pure functions over the
 * analysed {@link org.claimgraph.model.Document}; the store keeps the keys and joins on them, so linking stays
 * incremental (an article ingested later joins the groups that are already there).
 *
 * <p>Not done here: no statistics over the corpus (how common a name or a phrase is), no embeddings, no knowledge
 * base; a key is a rule that can be read and tested.
 */
package org.claimgraph.corpus;
