package org.sanling.search;

import org.sanling.searchindex.SearchDocument;

import java.util.List;

/** One page of a rebuild: the documents, and the last database id to continue after. */
public record DocumentPage(List<SearchDocument> documents, long lastId) {
}
