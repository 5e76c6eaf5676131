package org.sanling.web.legalaid;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.legalaid.ConsultationService;
import org.sanling.legalaid.EventReport;
import org.sanling.legalaid.LegalAidService;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;

/**
 * One event: its details and staffing; booth mode for those who may log its consultations; for its
 * leaders cancelling it, the turnout (people reached, materials handed out) and the report with the
 * referrals as they stand now.
 */
@Named
@ViewScoped
public class EventView implements Serializable {

    private static final String FORM = "event";

    @Inject
    private EventSummaries summaries;

    @Inject
    private LegalAidService events;

    @Inject
    private ConsultationService consultations;

    private Long id;
    private EventSummary summary;
    private boolean manages;
    private boolean mayLog;
    private EventReport report;
    private Integer peopleReached;
    private Integer materialsHandedOut;

    /** Loads the event named in the URL, and its report for those who lead it. */
    public void load() {
        summary = id == null ? null : FormFeedback.outcome(FORM, () -> summaries.read(id)).orElse(null);
        if (summary == null) {
            return;
        }
        manages = events.manages(summary.event());
        mayLog = !summary.event().isCancelled() && consultations.mayLog(id);
        report = manages ? events.report(id) : null;
        peopleReached = summary.event().getPeopleReached();
        materialsHandedOut = summary.event().getMaterialsHandedOut();
    }

    public void cancel() {
        if (FormFeedback.succeeds(FORM, () -> events.cancel(id))) {
            FormFeedback.info("legalAid.cancelled");
        }
        load();
    }

    public void recordTurnout() {
        int people = peopleReached == null ? 0 : peopleReached;
        int materials = materialsHandedOut == null ? 0 : materialsHandedOut;
        if (FormFeedback.succeeds(FORM, () -> events.recordTurnout(id, people, materials))) {
            FormFeedback.info("legalAid.turnout.saved");
        }
        load();
    }

    public EventSummary getSummary() {
        return summary;
    }

    public boolean isManages() {
        return manages;
    }

    public boolean isMayLog() {
        return mayLog;
    }

    public EventReport getReport() {
        return report;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getPeopleReached() {
        return peopleReached;
    }

    public void setPeopleReached(Integer peopleReached) {
        this.peopleReached = peopleReached;
    }

    public Integer getMaterialsHandedOut() {
        return materialsHandedOut;
    }

    public void setMaterialsHandedOut(Integer materialsHandedOut) {
        this.materialsHandedOut = materialsHandedOut;
    }
}
