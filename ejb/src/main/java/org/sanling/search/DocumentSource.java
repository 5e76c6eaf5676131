package org.sanling.search;

import org.sanling.searchindex.SearchDocument;

import java.util.List;

/**
 * How a feature hands one {@link IndexedEntity} to the search index: it turns its entities into
 * {@link SearchDocument}s, pages through them for a rebuild, and says how to read their stamps for the nightly
 * verification. Implemented in the feature's own package (a bean, found through CDI by {@link DocumentSources}),
 * so that {@code search} never names a feature's types; the feature announces its changes in the
 * {@link SearchOutbox}. Each call reads in a transaction of its own when called without one. For the indexing
 * machinery only, never on behalf of a person: what a person may see is decided by {@link SearchService}.
 */
public interface DocumentSource {

    /** The entity whose documents this source supplies; one source per entity. */
    IndexedEntity entity();

    /** The documents of those entities among {@code ids} that exist, in no particular order; never null. */
    List<SearchDocument> documents(List<Long> ids);

    /** Up to {@code max} documents of the entities with an id above {@code afterId}, in id order. */
    DocumentPage after(long afterId, int max);

    /** How many of the entities exist. */
    long count();

    /**
     * JPQL selecting each entity's id ({@code Long}), stamp ({@code Long}, as its document carries it in
     * {@link SearchDocument#stamp()}) and creation time ({@code Instant}), with the entity as {@code e}, so that
     * the verifier can add a where clause on {@code e.createdAt}; read as a stream of numbers, never as entities.
     */
    String stampQuery();
}
