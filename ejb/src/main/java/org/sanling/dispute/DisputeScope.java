package org.sanling.dispute;

import org.sanling.account.Caller;
import org.sanling.area.Area;

import java.util.Optional;

/**
 * Who may file, see and list disputes of an area, and see the parties' phones: the one rule behind every read.
 * <ul>
 *     <li>admins: everywhere;</li>
 *     <li>lawyers and mediators ({@link DisputeCaller#mediates()}): their home's street, whatever their role, as the
 *     legal-aid feature's staff serve a street's events;</li>
 *     <li>leaders and the handlers of a grid or community: their home area's subtree, as for submissions;</li>
 *     <li>whoever a dispute is assigned to: that dispute;</li>
 *     <li>nobody else (volunteers, supervisors, a department's handlers): to them a dispute does not exist.</li>
 * </ul>
 * Phones are whole for the area's leaders (and admins) only, masked for everyone else. Stateless and thread-safe.
 */
public final class DisputeScope {

    /** Path segments of a street's path: the district's and the street's code. */
    private static final int STREET_DEPTH = 2;

    private DisputeScope() {
    }

    /**
     * The path prefix of the areas whose disputes the caller files and lists: empty when none ("" for admins, who
     * have all).
     */
    public static Optional<String> prefix(DisputeCaller who) {
        Caller caller = who.caller();
        if (caller.isAdmin()) {
            return Optional.of("");
        }
        if (who.mediates()) {
            return Optional.of(streetPath(caller.homeAreaPath()));
        }
        if (caller.governsAnArea()) {
            return Optional.of(caller.homeAreaPath());
        }
        return Optional.empty();
    }

    /** Whether the caller may file a dispute in (and list those of) the area with the given path. */
    public static boolean mayFileIn(String areaPath, DisputeCaller who) {
        return prefix(who).map(areaPath::startsWith).orElse(false);
    }

    /** Whether the caller may see the dispute: in their scope, or theirs to mediate. */
    public static boolean visible(Dispute dispute, DisputeCaller who) {
        return mayFileIn(dispute.getAreaPath(), who) || mediatesIt(dispute, who);
    }

    /** Whether the parties' phones are shown whole: to the area's leaders and admins. */
    public static boolean phonesVisible(Dispute dispute, DisputeCaller who) {
        return who.caller().leads(dispute.getAreaPath());
    }

    /** Whether the caller is the dispute's mediator. */
    static boolean mediatesIt(Dispute dispute, DisputeCaller who) {
        return dispute.getMediator() != null && dispute.getMediator().getUsername().equals(who.username());
    }

    /** The path of the street an area lies in (the area's own path if it is the district or a street). */
    static String streetPath(String areaPath) {
        int end = -1;
        for (int i = 0; i < STREET_DEPTH; i++) {
            int next = areaPath.indexOf(Area.PATH_SEPARATOR, end + 1);
            if (next < 0) {
                return areaPath;
            }
            end = next;
        }
        return areaPath.substring(0, end + 1);
    }

    /** The code of the street an area lies in (the district's code for the district). */
    static String streetCode(String areaPath) {
        String street = streetPath(areaPath);
        String trimmed = street.substring(0, street.length() - Area.PATH_SEPARATOR.length());
        return trimmed.substring(trimmed.lastIndexOf(Area.PATH_SEPARATOR) + 1);
    }
}
