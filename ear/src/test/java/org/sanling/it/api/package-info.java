/**
 * End-to-end tests of the portal's services: over HTTP as its API clients use it, or inside the server
 * where they check what only the inside can see (those are part of {@link org.sanling.it.api.SharedPortal}).
 * Arquillian starts the WildFly that the build provisioned (deployment scanner off, with demo data) and
 * deploys the real EAR once for the whole run ({@link org.sanling.it.support.OnePortalDeployment}).
 * {@code EmbeddedDatabaseIT} checks the server's database configuration without the server;
 * {@code DurabilityIT} starts servers of its own, {@code CrashRecoveryIT} deploys the portal itself.
 */
package org.sanling.it.api;
