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
import org.sanling.account.AccountService;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.security.PendingLogin;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login page: username and password, then on to the page the person wanted, or home. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        if (PendingLogin.waiting((HttpServletRequest) external.getRequest())) {
            return; // the right password of an account with two-factor login: the page asks for the code
        }
        String text = accounts.lockedUntil(username)
                .map(until -> FormFeedback.text("login.locked",
                        DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(ZoneId.of("Asia/Shanghai")))))
                .orElseGet(() -> FormFeedback.text("login.failed"));
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
