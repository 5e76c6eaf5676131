/**
 * Full-text search for the Sanling portal, in plain Java over Lucene. It knows nothing of Jakarta
 * EE or of the portal's entities: the portal hands in {@link org.sanling.searchindex.SearchDocument}
 * records and gets back {@link org.sanling.searchindex.SearchResult} records.
 *
 * <p>Where to start:
 *
 * <ul>
 *   <li>{@link org.sanling.searchindex.SearchIndex}: open, upsert, delete, refresh, commit with the
 *       outbox sequence, search, "more like this", and {@link org.sanling.searchindex.Rebuild} a
 *       complete new index while searches continue;
 *   <li>{@link org.sanling.searchindex.SearchRequest}: query syntax, scope and filters, paging;
 *   <li>{@link org.sanling.searchindex.analysis}: why Chinese text is indexed twice.
 * </ul>
 *
 * <p>Scope is a filter inside every Lucene query, so nothing outside the caller's area shows in
 * hits, totals, facets or snippets.
 */
package org.sanling.searchindex;
