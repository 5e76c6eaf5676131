package org.sanling.volunteer;

import org.sanling.account.Account;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Set;

/**
 * A volunteer the portal suggests for a shift, with why.
 *
 * @param free              holds no other shift at that time
 * @param matchingSkills    how many of the skills the shift and campaign ask for the volunteer has
 * @param closeness         how many levels of the area tree the volunteer's home shares with the campaign's area
 * @param recentMinutes     service time in the last 90 days: the less, the sooner it is their turn
 * @param skills            the volunteer's skills
 */
public record Suggestion(Account volunteer, boolean free, int matchingSkills, int closeness, long recentMinutes,
                         Set<String> skills) implements Serializable {

    /** Free first, then most matching skills, nearest home, fewest recent hours (spreading the load). */
    public static final Comparator<Suggestion> BEST_FIRST = Comparator
            .comparing(Suggestion::free).reversed()
            .thenComparing(Comparator.comparingInt(Suggestion::matchingSkills).reversed())
            .thenComparing(Comparator.comparingInt(Suggestion::closeness).reversed())
            .thenComparingLong(Suggestion::recentMinutes)
            .thenComparing(s -> s.volunteer().getUsername());

    /** Levels two area paths share ("410702/410702001/" and "410702/410702002/" share 1). */
    public static int sharedLevels(String homePath, String areaPath) {
        String[] home = homePath.split("/");
        String[] area = areaPath.split("/");
        int shared = 0;
        while (shared < home.length && shared < area.length && home[shared].equals(area[shared])) {
            shared++;
        }
        return shared;
    }

    public double recentHours() {
        return recentMinutes / 60.0;
    }
}
