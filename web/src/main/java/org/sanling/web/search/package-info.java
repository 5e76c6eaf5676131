/** Search of the archive on the web: {@code GET /api/v1/search} (docs/api.md "Search"). */
package org.sanling.web.search;
