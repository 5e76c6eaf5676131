package org.sanling.web.account.mfa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.mfa.MfaService;
import org.sanling.web.i18n.FormFeedback;

import java.util.HashMap;
import java.util.Map;

/** The admins' "reset two-factor login" on the accounts page. */
@Named
@RequestScoped
public class TwoFactorResetView {

    @Inject
    private MfaService mfa;

    /** Per request: Faces asks for each row more than once while it renders the list. */
    private final Map<String, Boolean> enabled = new HashMap<>();

    /** Whether the person has two-factor login on, for the list's badge and the reset button. */
    public boolean enabled(String username) {
        return enabled.computeIfAbsent(username, mfa::isEnabled);
    }

    public void reset(String username) {
        if (FormFeedback.succeeds("list", () -> mfa.reset(username))) {
            enabled.remove(username);
            FormFeedback.info("mfa.reset.done", username);
        }
    }
}
