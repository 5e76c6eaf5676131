package org.sanling.searchindex.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic district shaped like the pilot: district 410702, 8 streets, 60 communities, 866
 * grids, each code its parent's code plus three digits.
 */
public final class AreaTree {

    static final String DISTRICT = "410702";
    private static final int STREETS = 8;
    private static final int COMMUNITIES = 60;
    private static final int GRIDS = 866;

    private final List<String> streets = new ArrayList<>();
    private final List<String> communities = new ArrayList<>();
    /** Area path of each grid, district first. */
    private final List<List<String>> gridPaths = new ArrayList<>();

    public AreaTree() {
        int community = 0;
        for (int s = 0; s < STREETS; s++) {
            String street = DISTRICT + code(s);
            streets.add(street);
            int communitiesHere = COMMUNITIES / STREETS + (s < COMMUNITIES % STREETS ? 1 : 0);
            for (int c = 0; c < communitiesHere; c++, community++) {
                String communityCode = street + code(c);
                communities.add(communityCode);
                int gridsHere = GRIDS / COMMUNITIES + (community < GRIDS % COMMUNITIES ? 1 : 0);
                for (int g = 0; g < gridsHere; g++) {
                    gridPaths.add(List.of(DISTRICT, street, communityCode, communityCode + code(g)));
                }
            }
        }
    }

    /** district, street, community or grid, told by the length of the code. */
    static String levelOf(String code) {
        return switch (code.length()) {
            case 6 -> "district";
            case 9 -> "street";
            case 12 -> "community";
            default -> "grid";
        };
    }

    private static String code(int index) {
        return String.format("%03d", index + 1);
    }

    List<String> streets() {
        return streets;
    }

    List<String> communities() {
        return communities;
    }

    List<List<String>> gridPaths() {
        return gridPaths;
    }
}
