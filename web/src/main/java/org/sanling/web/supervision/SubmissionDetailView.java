package org.sanling.web.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.Account;
import org.sanling.account.Department;
import org.sanling.dispute.DisputeService;
import org.sanling.dispute.DisputeSource;
import org.sanling.supervision.ActionRequest;
import org.sanling.supervision.SubmissionAction;
import org.sanling.supervision.SubmissionPhotos;
import org.sanling.supervision.SubmissionService;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** One submission: its content, timeline and the actions the person may take, each with an optional note. */
@Named
@ViewScoped
public class SubmissionDetailView implements Serializable {

    @Inject
    private SubmissionService submissions;

    @Inject
    private SubmissionPhotos photos;

    @Inject
    private DisputeService disputes;

    @Inject
    private Clock clock;

    private Long id;
    private SubmissionDetail detail;
    private String note;
    private String assignee;
    private String department;
    private List<Department> departments = List.of();
    private List<Account> handlers = List.of();
    private List<PhotoInfo> photoInfos = List.of();

    /** Loads the submission named in the URL; one outside the person's scope reads as not found. */
    public void load() {
        if (id == null) {
            return;
        }
        FormFeedback.outcome("actions", () -> submissions.get(id)).ifPresent(details -> {
            detail = SubmissionDetail.of(details, LocaleView.current(), clock.instant(),
                    disputes.madeFrom(DisputeSource.SUBMISSION, id).map(DisputeLink::of).orElse(null));
            boolean dispatching = details.actions().contains(SubmissionAction.DISPATCH);
            handlers = dispatching ? submissions.handlersFor(id) : List.of();
            departments = dispatching ? submissions.departmentsFor(id) : List.of();
            photoInfos = photos.list(id).stream().map(p -> PhotoInfo.of(id, p)).toList();
        });
    }

    public void perform(SubmissionAction action) {
        boolean done = FormFeedback.succeeds("actions", () -> submissions.act(id, new ActionRequest(action, note, assignee, department)));
        if (done) {
            FormFeedback.info("submission.done", action);
            note = null;
            load();
        }
    }

    public SubmissionDetail getDetail() {
        return detail;
    }

    public List<PhotoInfo> getPhotos() {
        return photoInfos;
    }

    public List<Account> getHandlers() {
        return handlers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
