/**
 * What every feature stands on: the schema migrations ({@link org.sanling.platform.DatabaseMigrator}), settings,
 * the clock, the one exception type that carries a user-facing failure to the web layer, and the lists admins
 * keep ({@link org.sanling.platform.NamedChoice}, {@link org.sanling.platform.ChoiceListService}). It depends on
 * no feature; start-up, which loads every feature's demo data, is {@code org.sanling.startup}.
 */
package org.sanling.platform;
