package org.sanling.web.volunteer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.platform.UserFacingException;
import org.sanling.volunteer.Shift;
import org.sanling.volunteer.SignupService;
import org.sanling.web.qr.QrCodes;

import java.io.IOException;

/**
 * A shift's check-in QR code (扫码签到), big and printable, for the leaders of its campaign, who see the
 * code on the roster too ({@code ?id=} the shift). The QR code is the address of the offline check-in page
 * with the shift and its code after the {@code #}: scanned from that page, or opened by a phone's own
 * camera app, it checks the volunteer in; the fragment never reaches a server log. A shift keeps its code,
 * so the QR code stays the same. Anyone else gets the service's answer as the HTTP status (403, 404).
 */
@Named
@RequestScoped
public class ShiftQrView {

    /** Pixels: sharp on an A4 page; the page scales it down to a phone's width. */
    private static final int SIZE = 600;
    static final String CHECK_IN_PAGE = "/offline/attendance.html";

    @Inject
    private SignupService signups;

    private Long id;
    private Shift shift;
    private String qrCode;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            shift = signups.roster(id == null ? -1 : id).shift();
        } catch (UserFacingException e) {
            external.responseSendError(e.problem().status(), null);
            faces.responseComplete();
            return;
        }
        qrCode = QrCodes.pngDataUri(checkInLink(portalOrigin(external) + external.getRequestContextPath(), shift), SIZE);
    }

    /** What the QR code says: the check-in page, naming the shift and its code in the fragment. */
    static String checkInLink(String portal, Shift shift) {
        return portal + CHECK_IN_PAGE + "#shift=" + shift.getId() + "&code=" + shift.getCheckCode();
    }

    /** The portal as the leader's browser reached it, which is where volunteers' phones reach it too. */
    private static String portalOrigin(ExternalContext external) {
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + external.getRequestServerName() + (usual ? "" : ":" + port);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Shift getShift() {
        return shift;
    }

    public String getQrCode() {
        return qrCode;
    }
}
