package org.sanling.health;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps of the portal's start-up that readiness waits for beyond the deployment itself, marked done by the
 * features that run them. A static registry because the checks live in the EAR's library jar, which cannot see the
 * EJB module's beans, while the module sees this class.
 */
public final class StartupSteps {

    /** The node's search index has applied the outbox as it stood at start-up and has answered a first search. */
    public static final String SEARCH_INDEX = "search-index";

    private static final Set<String> DONE = ConcurrentHashMap.newKeySet();

    private StartupSteps() {
    }

    public static void done(String step) {
        DONE.add(step);
    }

    static boolean isDone(String step) {
        return DONE.contains(step);
    }
}
