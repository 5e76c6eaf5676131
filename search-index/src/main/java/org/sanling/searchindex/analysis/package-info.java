/**
 * Text analysis for Chinese and mixed Chinese/ASCII text.
 *
 * <p>Two views of the same text are indexed side by side:
 *
 * <ul>
 *   <li>the <em>literal</em> view ({@link org.sanling.searchindex.analysis.ChineseAnalyzers#literal()}):
 *       every Han character and every pair of neighbouring Han characters, plus ASCII words and
 *       numbers as whole tokens. A phrase of these terms matches exactly where the text literally
 *       contains the query, whatever the word segmenter would have done with it
 *       ({@link org.sanling.searchindex.analysis.LiteralTerms} picks the phrase);
 *   <li>the <em>word</em> view ({@link org.sanling.searchindex.analysis.ChineseAnalyzers#words()}):
 *       SmartChinese word segmentation, used to split a compound query into its words, and on
 *       titles to rank those in which the query is a word of its own above those where it is part of
 *       a longer word, and to find similar documents. Content is not segmented: that halved the
 *       indexing rate and changed neither recall nor precision (see docs/benchmarks.md).
 * </ul>
 */
package org.sanling.searchindex.analysis;
