package org.sanling.account.mfa;

import org.sanling.platform.Role;
import org.sanling.platform.Settings;

import java.util.Set;

/**
 * Who must use two-factor login: leaders and admins, who see the whole district's citizen data, unless
 * the deployment sets {@code SANLING_MFA_REQUIRED=false} (or {@code -Dsanling.mfa.required=false}, which
 * wins). Read at every use, so a changed system property takes effect without a restart.
 */
public final class MfaPolicy {

    private MfaPolicy() {
    }

    /** Whether the deployment requires two-factor login of leaders and admins (default: it does). */
    public static boolean required() {
        return Settings.get("SANLING_MFA_REQUIRED").map(Boolean::parseBoolean).orElse(true);
    }

    /** Whether a person with these roles must enrol before using the portal. */
    public static boolean mustEnrol(Set<Role> roles) {
        return required() && (roles.contains(Role.LEADER) || roles.contains(Role.ADMIN));
    }
}
