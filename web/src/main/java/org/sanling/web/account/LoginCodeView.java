package org.sanling.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.security.OneTimeCodeCredential;
import org.sanling.web.security.PendingLogin;

import java.io.IOException;

/**
 * The login page's second step for an account with two-factor login: after the right password, the code
 * from the authenticator app (or a recovery code), without the password again; then on like
 * {@link LoginView}.
 */
@Named
@RequestScoped
public class LoginCodeView {

    @Inject
    private SecurityContext security;

    @Inject
    private LoginView loginView;

    private String code;

    /** Whether the page asks for the code: a login waits for it. */
    public boolean isAsked() {
        return PendingLogin.waiting(request());
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(request(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new OneTimeCodeCredential(code == null ? "" : code))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + loginView.safeNext());
            faces.responseComplete();
            return;
        }
        boolean stillAsked = isAsked();
        String text = FormFeedback.text(stillAsked ? "mfa.login.codeWrong" : "mfa.login.again");
        faces.addMessage(stillAsked ? "code:otp" : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        code = null;
    }

    /** Back to the password, for instance to log in as someone else. */
    public void cancel() {
        PendingLogin.cancel(request());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
