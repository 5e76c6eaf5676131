package org.sanling.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.AccountService;
import org.sanling.account.PasswordChange;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;

/** The account page: who I am, and changing my password. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    @Inject
    private AccountService accounts;

    private Me me;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void init() {
        me = Me.of(accounts.me());
    }

    public void changePassword() {
        if (FormFeedback.succeeds("password", () -> accounts.changePassword(new PasswordChange(currentPassword, newPassword)))) {
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
