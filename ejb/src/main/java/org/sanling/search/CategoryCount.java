package org.sanling.search;

import java.io.Serializable;

/** How many submissions a category has in a search: one bar of the dashboard's chart. */
public record CategoryCount(String key, long count) implements Serializable {
}
