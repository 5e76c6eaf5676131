package org.sanling.web.account.mfa;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.sanling.account.mfa.Enrolment;
import org.sanling.account.mfa.MfaService;
import org.sanling.account.mfa.MfaStatus;
import org.sanling.account.mfa.WrongCodeException;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.qr.QrCodes;
import org.sanling.web.security.Throttle;
import org.sanling.web.security.ThrottleRule;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Two-factor login on the account page: start enrolment (a QR code and the secret to type in), confirm it
 * with a code, see the recovery codes once, turn it off with a code.
 */
@Named
@ViewScoped
public class TwoFactorView implements Serializable {

    @Inject
    private MfaService mfa;

    @Inject
    private Throttle throttle;

    private MfaStatus status;
    private Enrolment enrolment;
    private String qrCode;
    private List<String> recoveryCodes = List.of();
    private String code;

    @PostConstruct
    void init() {
        status = mfa.myStatus();
    }

    public void start() {
        enrolment = mfa.startEnrolment();
        qrCode = QrCodes.pngDataUri(enrolment.otpauthUri());
        code = null;
    }

    public void confirm() {
        String given = code;
        FormFeedback.outcome("mfa", () -> guarded(() -> mfa.confirm(given))).ifPresent(codes -> {
            recoveryCodes = codes;
            enrolment = null;
            qrCode = null;
            status = mfa.myStatus();
            FormFeedback.info("mfa.enabled");
        });
        code = null;
    }

    public void disable() {
        String given = code;
        if (FormFeedback.succeeds("mfa", () -> guarded(() -> {
            mfa.disable(given);
            return null;
        }))) {
            recoveryCodes = List.of();
            status = mfa.myStatus();
            FormFeedback.info("mfa.disabled");
        }
        code = null;
    }

    /** A code guess of the person, throttled as on the API ({@link ThrottleRule#SHORT_CODE}). */
    private <T> T guarded(Supplier<T> step) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return throttle.guard(ThrottleRule.SHORT_CODE, request.getRemoteUser(), request, WrongCodeException.class, step);
    }

    public MfaStatus getStatus() {
        return status;
    }

    /** Whether an enrolment was started on this page and waits for its first code. */
    public boolean isEnrolling() {
        return enrolment != null;
    }

    public String getSecret() {
        return enrolment == null ? null : enrolment.secret();
    }

    /** The otpauth URI as a PNG data URI. */
    public String getQrCode() {
        return qrCode;
    }

    /** The recovery codes of the enrolment just confirmed; empty otherwise, since they are shown only once. */
    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
