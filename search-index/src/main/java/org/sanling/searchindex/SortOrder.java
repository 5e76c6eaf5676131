package org.sanling.searchindex;

/** How search hits are ordered. */
public enum SortOrder {
    /**
     * Best match first: the query as written, then its words close together, then its words anywhere,
     * by BM25 with the title above the content; the newest first among equal scores.
     */
    RELEVANCE,
    /** Most recently created first; hits then carry no score. */
    NEWEST
}
