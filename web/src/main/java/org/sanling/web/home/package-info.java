/**
 * The home page: who is logged in, where they act, and per role what waits for their attention. It is a
 * package of its own because it belongs to no single feature; it only reads the features' services.
 */
package org.sanling.web.home;
