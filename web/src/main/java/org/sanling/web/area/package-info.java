/**
 * The area tree on the web: the tree page, {@code /api/v1/areas}, and the area field that forms share
 * (suggestions while typing, a converter that carries an area as its code). The field looks every code up
 * again through {@code org.sanling.area.AreaService}, so which areas a caller may browse or pick stays the
 * service's decision and a page cannot slip in one outside the caller's scope.
 */
package org.sanling.web.area;
