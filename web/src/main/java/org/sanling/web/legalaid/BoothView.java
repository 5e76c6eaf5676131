package org.sanling.web.legalaid;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.legalaid.Consultation;
import org.sanling.legalaid.ConsultationService;
import org.sanling.legalaid.LegalAidEvent;
import org.sanling.legalaid.LegalAidService;
import org.sanling.legalaid.NewConsultation;
import org.sanling.legalaid.Outcome;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Booth mode: staff log one citizen's consultation after another on one screen, by phone, in a few taps
 * (topic, outcome, 记录), optionally with a one-line summary and, only with the citizen's consent, a name
 * and phone. Each entry carries a client UUID in the form, renewed once it is logged: a retry after a lost
 * answer sends the same UUID again and logs it once.
 */
@Named
@ViewScoped
public class BoothView implements Serializable {

    private static final String FORM = "booth";
    private static final int RECENT = 5;

    @Inject
    private LegalAidService events;

    @Inject
    private ConsultationService consultations;

    private Long id;
    private LegalAidEvent event;
    private boolean allowed;
    private List<Consultation> mine = List.of();

    private String clientId;
    private String topic;
    private String summary;
    private Outcome outcome;
    private boolean consent;
    private String citizenName;
    private String citizenPhone;

    /** Loads the event named in the URL; only its confirmed staff and leaders get the form. */
    public void load() {
        event = id == null ? null : FormFeedback.outcome(FORM, () -> events.get(id)).orElse(null);
        allowed = event != null && consultations.mayLog(id);
        if (allowed) {
            mine = consultations.mine(id);
            nextCitizen();
        }
    }

    /** Logs the consultation and clears the form for the next citizen. */
    public void log() {
        NewConsultation entry = new NewConsultation(UUID.fromString(clientId), topic, summary, outcome,
                consent ? citizenName : null, consent ? citizenPhone : null, consent);
        FormFeedback.outcome(FORM, () -> consultations.log(id, entry).consultation()).ifPresent(logged -> {
            if (logged.getSubmission() == null) {
                FormFeedback.info("booth.logged", logged.getTopic().nameIn(LocaleView.current()));
            } else {
                FormFeedback.info("booth.referred", logged.getSubmission().getNumber());
            }
            mine = consultations.mine(id);
            nextCitizen();
        });
    }

    private void nextCitizen() {
        clientId = UUID.randomUUID().toString();
        topic = null;
        summary = null;
        outcome = Outcome.ANSWERED;
        consent = false;
        citizenName = null;
        citizenPhone = null;
    }

    /** The latest entries I logged here, newest first. */
    public List<Consultation> getRecent() {
        return mine.stream().limit(RECENT).toList();
    }

    public int getCount() {
        return mine.size();
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }

    public LegalAidEvent getEvent() {
        return event;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public void setCitizenName(String citizenName) {
        this.citizenName = citizenName;
    }

    public String getCitizenPhone() {
        return citizenPhone;
    }

    public void setCitizenPhone(String citizenPhone) {
        this.citizenPhone = citizenPhone;
    }
}
