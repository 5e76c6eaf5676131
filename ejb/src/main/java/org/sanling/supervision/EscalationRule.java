package org.sanling.supervision;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who is one level up for an overdue submission: the nearest area above the last one it went to (at
 * first, above its own area) that has leaders. Areas without leaders are passed over, so an item in a
 * grid whose community has no leader goes to the street. Stateless and thread-safe.
 */
public final class EscalationRule {

    private EscalationRule() {
    }

    /**
     * @param lineage     codes of the submission's area and its ancestors, root first, the area last
     * @param escalatedTo the area it was last escalated to, or null if never
     * @param hasLeaders  whether an area (by code) has at least one leader
     * @return the area to escalate to; empty when nobody above leads (the top has been reached)
     */
    public static Optional<String> nextLevelUp(List<String> lineage, String escalatedTo, Predicate<String> hasLeaders) {
        int start = escalatedTo == null ? lineage.size() - 2 : lineage.indexOf(escalatedTo) - 1;
        for (int i = start; i >= 0; i--) {
            if (hasLeaders.test(lineage.get(i))) {
                return Optional.of(lineage.get(i));
            }
        }
        return Optional.empty();
    }
}
