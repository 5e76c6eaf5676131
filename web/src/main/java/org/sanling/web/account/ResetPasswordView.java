package org.sanling.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sanling.account.AccountAccessService;
import org.sanling.account.PasswordReset;
import org.sanling.account.ResetCodeInvalidException;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

/**
 * 忘记密码: a person sets a new password with the one-time code an admin or leader gave them, then logs
 * in. Guesses are throttled like logins.
 */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    private AccountAccessService access;

    @Inject
    private Throttle throttle;

    private String username;
    private String code;
    private String newPassword;
    private boolean done;

    public void reset() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        done = FormFeedback.succeeds("reset", () -> throttle.guard(ThrottleRule.PASSWORD_RESET, username, request,
                ResetCodeInvalidException.class, () -> {
                    access.resetPassword(new PasswordReset(username, code, newPassword));
                    return username;
                }));
        if (done) {
            FormFeedback.info("reset.done");
        }
        code = null;
        newPassword = null;
    }

    public boolean isDone() {
        return done;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
