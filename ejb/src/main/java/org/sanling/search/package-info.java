/**
 * Keeping the search index true (docs/architecture.md "Keeping search true: the outbox"): every service
 * that changes something searchable announces it in the {@link org.sanling.search.SearchOutbox} within its
 * own transaction, so the index can never miss a committed change; the indexer applies the outbox in
 * sequence order ({@link org.sanling.search.OutboxApplier}). An administrator's rebuild reads the database into a
 * fresh index and swaps it in, then applies the outbox from where the rebuild began.
 *
 * <p>The seam runs one way: features depend on {@code search}, never the reverse. Each indexed entity
 * ({@link org.sanling.search.IndexedEntity}) has a {@link org.sanling.search.DocumentSource} in its own feature
 * (supervision's submissions, legal aid's consultations) that turns its rows into documents, found through CDI
 * ({@link org.sanling.search.DocumentSources}); a feature's rule for who may open a hit comes the same way
 * ({@link org.sanling.search.HitVisibility}). This package names no feature's types.
 */
package org.sanling.search;
