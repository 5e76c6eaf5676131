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
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.security.PendingLogin;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

import java.io.IOException;
import java.util.Optional;

/**
 * The login page: username and password, then on to the page the person wanted, or home. Attempts are
 * throttled ({@link Throttle}): too many, and the page says how long to wait.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    @Inject
    private Throttle throttle;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<Throttle.Attempt> attempt = FormFeedback.outcome("login", () -> throttle.attempt(ThrottleRule.LOGIN, username, request));
        if (attempt.isEmpty()) {
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            attempt.get().succeeded();
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        if (PendingLogin.waiting(request)) {
            // The right password of an account with two-factor login: the page asks for the code. The
            // attempt still counts until the code lets the person in, and a pending login takes few codes.
            return;
        }
        String text = FormFeedback.text("login.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Only a path inside the portal: never an open redirect to another site. */
    String safeNext() {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml");
        return local ? next : "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
