package org.sanling.summary;

import org.sanling.area.AreaLevel;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * The whole area tree as the summaries need it, loaded in one query: counts made per area of the records are
 * rolled up from the grids to the district here instead of being counted again for every area.
 */
final class AreaTree {

    /** One node; {@code parentId} null for the district. */
    record Node(long id, Long parentId, String code, String name, AreaLevel level) {
    }

    private final List<Node> deepestFirst;

    AreaTree(List<Node> nodes) {
        this.deepestFirst = nodes.stream().sorted(Comparator.comparing(Node::level).reversed()).toList();
    }

    List<Node> nodes() {
        return deepestFirst;
    }

    /**
     * Every node's total: its own value (absent: none) plus its children's totals, computed from the grids up
     * in one pass. Nodes with neither an own value nor one below them are left out.
     */
    <T> Map<Long, T> rollUp(Map<Long, T> own, BinaryOperator<T> plus) {
        Map<Long, T> totals = new HashMap<>(own);
        for (Node node : deepestFirst) {
            T total = totals.get(node.id());
            if (total != null && node.parentId() != null) {
                totals.merge(node.parentId(), total, plus);
            }
        }
        return totals;
    }
}
