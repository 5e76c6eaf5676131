package org.sanling.platform;

/**
 * What a person does in the portal. A person may hold several roles. Leaders and handlers act within the
 * subtree of their home area; admins act everywhere.
 */
public enum Role {
    /** 志愿者 */
    VOLUNTEER,
    /** 社情民意监督员 */
    SUPERVISOR,
    /** 网格员 / 职能部门 */
    HANDLER,
    /** 区/街道/社区领导 */
    LEADER,
    /** 管理员 */
    ADMIN;

    /** Role names as the container knows them, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final String VOLUNTEER_NAME = "VOLUNTEER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String HANDLER_NAME = "HANDLER";
    public static final String LEADER_NAME = "LEADER";
    public static final String ADMIN_NAME = "ADMIN";

    /** Whether holders of this role act only inside their home area's subtree. */
    public boolean isAreaScoped() {
        return this == HANDLER || this == LEADER;
    }
}
