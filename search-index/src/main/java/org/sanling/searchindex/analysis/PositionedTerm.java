package org.sanling.searchindex.analysis;

/**
 * A term of a phrase and its position relative to the phrase's first term.
 *
 * @param text     the term, never null
 * @param position zero or more; gaps are allowed and mean "any one token here"
 */
public record PositionedTerm(String text, int position) {
}
