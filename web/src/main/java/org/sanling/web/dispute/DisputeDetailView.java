package org.sanling.web.dispute;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.Account;
import org.sanling.dispute.DisputeAction;
import org.sanling.dispute.DisputeActionRequest;
import org.sanling.dispute.DisputeService;
import org.sanling.dispute.ReferralTarget;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;

import java.io.Serializable;
import java.util.List;

/**
 * One dispute: its facts, parties (phones as the service allows), sessions and timeline, and the steps the caller may
 * take now with what each records (a mediator, a session's place and attendees, the agreement, the referral).
 */
@Named
@ViewScoped
public class DisputeDetailView implements Serializable {

    @Inject
    private DisputeService disputes;

    private Long id;
    private DisputeDetail detail;
    private List<Account> mediators = List.of();
    private String mediator;
    private String note;
    private String place;
    private String attendees;
    private String agreement;
    private ReferralTarget referredTo;

    /** Loads the dispute named in the URL; one outside the person's scope reads as not found. */
    public void load() {
        if (id == null) {
            return;
        }
        FormFeedback.outcome("actions", () -> disputes.get(id)).ifPresent(details -> {
            detail = DisputeDetail.of(details, LocaleView.current());
            mediators = details.actions().contains(DisputeAction.ASSIGN) ? disputes.mediatorsFor(id) : List.of();
        });
    }

    public void perform(DisputeAction action) {
        boolean done = FormFeedback.succeeds("actions", () -> disputes.act(id,
                new DisputeActionRequest(action, note, mediator, agreement, referredTo, null, place, attendees)));
        if (done) {
            FormFeedback.info("dispute.done", action);
            note = null;
            place = null;
            attendees = null;
            load();
        }
    }

    /** Whether the caller may take the action now: its fields are shown only then. */
    public boolean offers(String action) {
        return detail != null && detail.actions().contains(DisputeAction.valueOf(action));
    }

    public List<ReferralTarget> getReferralTargets() {
        return List.of(ReferralTarget.values());
    }

    public DisputeDetail getDetail() {
        return detail;
    }

    public List<Account> getMediators() {
        return mediators;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public ReferralTarget getReferredTo() {
        return referredTo;
    }

    public void setReferredTo(ReferralTarget referredTo) {
        this.referredTo = referredTo;
    }
}
