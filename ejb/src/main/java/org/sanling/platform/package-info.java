/**
 * What every feature stands on and nothing more: start-up (migrations, first admin, demo data), the
 * clock, the one exception type that carries a user-facing failure to the web layer, and the lists
 * admins keep ({@link org.sanling.platform.NamedChoice}, {@link org.sanling.platform.ChoiceListService}).
 */
package org.sanling.platform;
