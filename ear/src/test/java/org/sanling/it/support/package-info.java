/**
 * What the end-to-end tests share: the portal under test and its one deployment for the whole run
 * ({@link org.sanling.it.support.Portal}, {@link org.sanling.it.support.OnePortalDeployment}), the API
 * client, the browser, the pages, fixtures and the small servlets some tests deploy beside the portal.
 */
package org.sanling.it.support;
