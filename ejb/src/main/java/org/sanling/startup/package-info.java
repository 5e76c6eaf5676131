/**
 * Start-up, above every feature: once the schema is current ({@link org.sanling.platform.DatabaseMigrator}),
 * {@link org.sanling.startup.Bootstrap} makes a fresh installation usable, loading the demo data
 * ({@link org.sanling.demo}) with {@code SANLING_DEMO=true} or else creating the first administrator
 * ({@link org.sanling.startup.FirstAdmin}). Nothing depends on this package, so {@code platform} below the features
 * need not reach into them.
 */
package org.sanling.startup;
