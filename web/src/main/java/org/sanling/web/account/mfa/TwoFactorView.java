package org.sanling.web.account.mfa;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.mfa.Enrolment;
import org.sanling.account.mfa.MfaService;
import org.sanling.account.mfa.MfaStatus;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.util.List;

/**
 * Two-factor login on the account page: start enrolment (a QR code and the secret to type in), confirm it
 * with a code, see the recovery codes once, turn it off with a code.
 */
@Named
@ViewScoped
public class TwoFactorView implements Serializable {

    @Inject
    private MfaService mfa;

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
        FormFeedback.outcome("mfa", () -> mfa.confirm(code)).ifPresent(codes -> {
            recoveryCodes = codes;
            enrolment = null;
            qrCode = null;
            status = mfa.myStatus();
            FormFeedback.info("mfa.enabled");
        });
        code = null;
    }

    public void disable() {
        if (FormFeedback.succeeds("mfa", () -> mfa.disable(code))) {
            recoveryCodes = List.of();
            status = mfa.myStatus();
            FormFeedback.info("mfa.disabled");
        }
        code = null;
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
