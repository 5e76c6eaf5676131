package org.sanling.web.volunteer;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.volunteer.AttendanceService;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignService;
import org.sanling.volunteer.Shift;
import org.sanling.volunteer.SignedUp;
import org.sanling.volunteer.Signup;
import org.sanling.volunteer.SignupService;
import org.sanling.volunteer.SignupStatus;
import org.sanling.volunteer.Suggestion;
import org.sanling.volunteer.VolunteerSuggestions;
import org.sanling.web.i18n.FormFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One campaign: a volunteer signs up for its shifts and cancels; a leader who manages it publishes,
 * closes, cancels or copies it and works each shift's roster (assign, suggestions, remove, attendance).
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final String FORM = "campaign";
    private static final int SUGGESTIONS = 10;

    @Inject
    private CampaignSheets sheets;

    @Inject
    private CampaignService campaigns;

    @Inject
    private SignupService signups;

    @Inject
    private AttendanceService attendance;

    @Inject
    private VolunteerSuggestions suggestions;

    @Inject
    private Clock clock;

    private Long id;
    private CampaignSheet sheet;
    /**
     * The client UUID of this page's sign-up for each shift: a double click or a retry after a lost
     * answer signs up once. A cancellation forgets it, so signing up again is a new sign-up.
     */
    private final Map<Long, UUID> signupAttempts = new HashMap<>();
    private final Map<Long, String> assignees = new HashMap<>();
    private final Map<Long, List<Suggestion>> suggested = new HashMap<>();

    /** Loads the campaign named in the URL; one the caller may not see reads as not found. */
    public void load() {
        sheet = id == null ? null : FormFeedback.outcome(FORM, () -> sheets.read(id)).orElse(null);
    }

    public void signUp(Shift shift) {
        UUID clientId = signupAttempts.computeIfAbsent(shift.getId(), s -> UUID.randomUUID());
        FormFeedback.outcome(FORM, () -> signups.signUp(shift.getId(), clientId)).ifPresent(answer -> {
            if (answer.signup().getStatus() == SignupStatus.WAITLISTED) {
                FormFeedback.info("volunteer.signedUp.waitlisted", answer.position());
            } else {
                FormFeedback.info("volunteer.signedUp.confirmed");
            }
        });
        load();
    }

    public void cancel(SignedUp place) {
        if (FormFeedback.succeeds(FORM, () -> signups.cancel(place.signup().getId()))) {
            signupAttempts.remove(place.signup().getShift().getId());
            FormFeedback.info("volunteer.cancelled");
        }
        load();
    }

    public void publish() {
        changeStatus(() -> campaigns.publish(id));
    }

    public void close() {
        changeStatus(() -> campaigns.close(id));
    }

    public void cancelCampaign() {
        changeStatus(() -> campaigns.cancel(id));
    }

    /** Copies the campaign into a new draft and opens it for editing. */
    public void copy() throws IOException {
        var copy = FormFeedback.outcome(FORM, () -> campaigns.copy(id));
        if (copy.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FormFeedback.info("volunteer.campaign.copied");
            external.redirect(external.getRequestContextPath() + "/volunteer/edit.xhtml?id=" + copy.get().getId());
        }
    }

    public void assign(Shift shift) {
        assign(shift, assignees.get(shift.getId()));
    }

    /** Puts the volunteer on the shift, as typed by username or picked from the suggestions. */
    public void assign(Shift shift, String username) {
        if (FormFeedback.succeeds(FORM, () -> signups.assign(shift.getId(), username))) {
            FormFeedback.info("volunteer.roster.assigned", username);
            assignees.remove(shift.getId());
            suggested.remove(shift.getId());
        }
        load();
    }

    public void suggest(Shift shift) {
        suggested.put(shift.getId(), FormFeedback.outcome(FORM, () -> suggestions.forShift(shift.getId(), SUGGESTIONS))
                .orElse(List.of()));
    }

    public void remove(Signup signup) {
        onRoster(signup, () -> signups.cancel(signup.getId()), "volunteer.roster.removed");
    }

    public void checkIn(Signup signup) {
        onRoster(signup, () -> attendance.checkIn(signup.getId(), null, null), "volunteer.roster.checkedIn");
    }

    public void checkOut(Signup signup) {
        onRoster(signup, () -> attendance.checkOut(signup.getId(), null, null), "volunteer.roster.checkedOut");
    }

    public void markNoShow(Signup signup) {
        onRoster(signup, () -> attendance.markNoShow(signup.getId()), "volunteer.roster.noShow");
    }

    /** Changes one line of a roster (as read with its volunteer) and says so by the volunteer's name. */
    private void onRoster(Signup line, Runnable change, String doneKey) {
        if (FormFeedback.succeeds(FORM, change)) {
            FormFeedback.info(doneKey, line.getVolunteer().getDisplayName());
        }
        load();
    }

    private void changeStatus(Supplier<Campaign> change) {
        FormFeedback.outcome(FORM, change).ifPresent(c -> FormFeedback.info("volunteer.campaign.statusChanged", c.getStatus()));
        load();
    }

    /** Whether the caller can still sign up for the shift here: a volunteer, published, not started, no place yet. */
    public boolean canSignUp(Shift shift) {
        return sheet.myPlace(shift) == null && signups.maySignUp(shift);
    }

    public boolean upcoming(Shift shift) {
        return !shift.hasStartedAt(clock.instant());
    }

    public boolean started(Shift shift) {
        return !upcoming(shift);
    }

    public List<Suggestion> suggestionsFor(Shift shift) {
        return suggested.get(shift.getId());
    }

    public Map<Long, String> getAssignees() {
        return assignees;
    }

    public CampaignSheet getSheet() {
        return sheet;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
