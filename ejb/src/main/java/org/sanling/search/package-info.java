/**
 * Keeping the search index true (docs/architecture.md "Keeping search true: the outbox"): every service
 * that changes something searchable announces it in the {@link org.sanling.search.SearchOutbox} within its
 * own transaction, so the index can never miss a committed change; the indexer applies the outbox in
 * sequence order ({@link org.sanling.search.OutboxApplier}). An administrator's rebuild reads the database into a
 * fresh index and swaps it in, then applies the outbox from where the rebuild began.
 */
package org.sanling.search;
