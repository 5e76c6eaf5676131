/**
 * The admins' page of the lists they keep besides submission categories (those have their deadlines,
 * see {@code supervision.CategoriesView}): campaign categories and legal topics, one
 * {@link org.sanling.web.lists.ChoiceListEditor} each over the same service.
 */
package org.sanling.web.lists;
