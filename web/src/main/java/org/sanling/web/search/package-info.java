/**
 * Search of the archive on the web: the search page, {@code GET /api/v1/search} (docs/api.md "Search"), its Excel
 * export and the search index's admin page. The only web package that handles the search-index module's types
 * ({@code org.sanling.searchindex}), always through the ejb {@link org.sanling.search.SearchService}; other pages
 * ask that service in their own terms and link here with {@link org.sanling.web.search.SearchLinks}
 * ({@code PackageSeamsTest} keeps it so).
 */
package org.sanling.web.search;
