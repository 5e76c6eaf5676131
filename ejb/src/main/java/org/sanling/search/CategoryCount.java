package org.sanling.search;

/** How many submissions a category has in a search: one bar of the dashboard's chart. */
public record CategoryCount(String key, long count) {
}
