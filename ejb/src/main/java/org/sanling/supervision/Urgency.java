package org.sanling.supervision;

/** How soon a submission must be resolved; the category says how soon that is. */
public enum Urgency {
    URGENT, NORMAL
}
