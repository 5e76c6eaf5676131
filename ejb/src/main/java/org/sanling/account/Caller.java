package org.sanling.account;

import org.sanling.platform.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * The person on whose behalf a service runs, with what decides their access: roles and home area.
 *
 * @param homeAreaPath the path of the home area (see {@link org.sanling.area.Area}), never null
 * @param departmentId the department the caller works for, or null
 */
public record Caller(String username, String displayName, Set<Role> roles, String homeAreaCode,
                     String homeAreaName, String homeAreaPath, Long departmentId) implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(Account account) {
        var home = account.getHomeArea();
        return new Caller(account.getUsername(), account.getDisplayName(), account.getRoles(),
                home.getCode(), home.getName(), home.getPath(),
                account.getDepartment() == null ? null : account.getDepartment().getId());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Whether this caller leads an area's work: admins and leaders, who accept, dispatch and read its figures. */
    public boolean leadsAnArea() {
        return isAdmin() || has(Role.LEADER);
    }

    /**
     * Whether this caller leads the work of the area with the given path: admins everywhere, leaders inside
     * their home area's subtree.
     */
    public boolean leads(String areaPath) {
        return isAdmin() || (has(Role.LEADER) && areaPath.startsWith(homeAreaPath));
    }

    /** Whether this caller works for an area at all: admins, leaders and handlers, a department's included. */
    public boolean isStaff() {
        return leadsAnArea() || has(Role.HANDLER);
    }

    /**
     * Whether this caller works on an area as a whole (its queue of submissions): admins, leaders, and the
     * handlers of a grid or community. A department's handlers are not among them: their home area is the
     * district the department serves, but they work only on what is dispatched to the department.
     */
    public boolean governsAnArea() {
        return leadsAnArea() || (has(Role.HANDLER) && departmentId == null);
    }

    /**
     * Whether this caller may manage and see the restricted records of the area with the given path:
     * admins everywhere, those who {@linkplain #governsAnArea() govern an area} inside their home area's
     * subtree, nobody else.
     */
    public boolean governs(String areaPath) {
        if (isAdmin()) {
            return true;
        }
        return governsAnArea() && areaPath.startsWith(homeAreaPath);
    }

    /**
     * Whether this caller may browse the area with the given path. The tree is reference data for
     * volunteers and supervisors, who pick any place in the district; leaders and handlers work inside
     * their own subtree and see only that.
     */
    public boolean canBrowse(String areaPath) {
        boolean scopedStaff = isStaff() && !isAdmin();
        return !scopedStaff || areaPath.startsWith(homeAreaPath);
    }
}
