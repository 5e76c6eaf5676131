package org.sanling.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sanling.account.AccountService;
import org.sanling.account.PasswordChange;
import org.sanling.account.WrongPasswordException;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.security.LoginKeeper;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

import java.io.Serializable;

/** The account page: who I am, and changing my password (which ends my other sessions and tokens). */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    @Inject
    private AccountService accounts;

    @Inject
    private Throttle throttle;

    @Inject
    private LoginKeeper loginKeeper;

    private Me me;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void init() {
        me = Me.of(accounts.me());
    }

    /** Ends the person's other sessions and tokens, not this one; wrong current passwords are throttled like logins. */
    public void changePassword() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        boolean changed = FormFeedback.succeeds("password", () -> throttle.guard(ThrottleRule.LOGIN, request.getRemoteUser(),
                request, WrongPasswordException.class, () -> {
                    accounts.changePassword(new PasswordChange(currentPassword, newPassword));
                    return newPassword;
                }));
        if (changed) {
            loginKeeper.keepAfterPasswordChange(request);
            FormFeedback.info("account.password.changed");
        }
        currentPassword = null;
        newPassword = null;
    }

    public Me getMe() {
        return me;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
