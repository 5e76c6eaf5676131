/**
 * Readiness checks for MicroProfile Health ({@code /health/ready} on the management port).
 * <p>
 * WildFly's health extension finds checks only in the EAR's top-level bean archives, not in its EJB or
 * web modules (WFLY-12835), so this package is built into the EJB client jar, which the EAR puts in
 * {@code lib/}, and left out of the EJB jar (see ejb/pom.xml).
 */
package org.sanling.health;
