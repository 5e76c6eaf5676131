package org.sanling.web.account.mfa;

import java.util.List;

/** Answer of a confirmed enrolment: on, with the recovery codes, shown this once. */
public record MfaEnabled(boolean enabled, List<String> recoveryCodes) {
}
