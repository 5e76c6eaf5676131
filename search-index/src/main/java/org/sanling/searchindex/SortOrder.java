package org.sanling.searchindex;

/** How search hits are ordered. */
public enum SortOrder {
    /** Best match first: literal matches of the query above looser ones, title above content. */
    RELEVANCE,
    /** Most recently created first; hits then carry no score. */
    NEWEST
}
