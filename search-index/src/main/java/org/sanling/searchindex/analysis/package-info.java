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
 *   <li>the <em>word</em> view ({@link org.sanling.searchindex.analysis.ChineseAnalyzers#words}):
 *       the words of a {@link org.sanling.searchindex.analysis.WordSegmenter} (the
 *       {@link org.sanling.searchindex.analysis.UserDictionary}, then SmartChinese), on titles only,
 *       to rank those in which a query word is a word of its own. Content is not segmented: that
 *       halved the indexing rate and changed neither recall nor precision (see docs/benchmarks.md).
 * </ul>
 *
 * <p>The same segmenter cuts a query into its words, and each word is searched in the literal view
 * as the phrase of its character pairs, so a word is found whatever the segmenter would have made
 * of the text around it. {@link org.sanling.searchindex.analysis.NearWords} and
 * {@link org.sanling.searchindex.analysis.SimplifiedChinese} widen a query with other spellings
 * and simplified characters; their curated lists are resources of this package, each with its source.
 */
package org.sanling.searchindex.analysis;
