/**
 * End-to-end tests: Arquillian starts the WildFly that the build provisioned (deployment scanner off, with
 * demo data) and deploys the real EAR; the tests use the portal as its clients do, over HTTP and in
 * Chromium, or run inside it where they check what only the inside can see.
 * {@code EmbeddedDatabaseIT} checks the server's database configuration without the server.
 */
package org.sanling.it;
