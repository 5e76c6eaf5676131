/**
 * What every feature stands on and nothing more: start-up (migrations, first admin, demo data), the
 * clock, and the one exception type that carries a user-facing failure to the web layer.
 */
package org.sanling.platform;
