package org.sanling.searchindex;

import java.io.Serializable;

/**
 * A word of a query that found nothing, which no document within the search's scope and filters
 * contains, and the query without it to offer instead.
 *
 * @param word         the word as searched (simplified, lower case), never null
 * @param queryWithout the user's query with that word left out, never null; blank when it was the only word
 */
public record UnmatchedWord(String word, String queryWithout) implements Serializable {
}
