package org.sanling.web.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sanling.account.CurrentCaller;
import org.sanling.account.Role;
import org.sanling.supervision.ActionRequest;
import org.sanling.supervision.Category;
import org.sanling.supervision.SubmissionAction;
import org.sanling.supervision.SubmissionQuery;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionType;
import org.sanling.supervision.SubmissionView;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three lists of submissions: mine, dispatched to me, and a leader's queue of the area (with
 * filters and bulk accept). The view comes from the URL ({@code ?view=SCOPE}), so lists can be bookmarked.
 */
@Named
@ViewScoped
public class SubmissionsView implements Serializable {

    @Inject
    private SubmissionService submissions;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private SubmissionView view;
    private SubmissionStatus status;
    private SubmissionType type;
    private Long categoryId;
    private Boolean overdue;
    private List<SubmissionSummary> selected = new ArrayList<>();

    private final LazyDataModel<SubmissionSummary> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) submissions.list(query(), 0, 1).total();
        }

        @Override
        public List<SubmissionSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            var now = clock.instant();
            return submissions.list(query(), first, pageSize).items().stream()
                    .map(s -> SubmissionSummary.of(s, locale(), now)).toList();
        }

        @Override
        public String getRowKey(SubmissionSummary submission) {
            return submission.id();
        }

        @Override
        public SubmissionSummary getRowData(String rowKey) {
            return SubmissionSummary.of(submissions.get(Long.parseLong(rowKey)).submission(), locale(), clock.instant());
        }
    };

    private SubmissionQuery query() {
        return new SubmissionQuery(getView(), status, type, categoryId, null, overdue, null, null);
    }

    /** Accepts every selected submission that can be accepted; says how many were and which were not. */
    public void acceptSelected() {
        int accepted = 0;
        for (SubmissionSummary submission : selected) {
            boolean done = FormFeedback.succeeds("list", () -> submissions.act(Long.parseLong(submission.id()),
                    new ActionRequest(SubmissionAction.ACCEPT, null, null)));
            accepted += done ? 1 : 0;
        }
        FormFeedback.info("submissions.accepted", accepted);
        selected = new ArrayList<>();
    }

    public boolean isLeaderQueue() {
        var caller = currentCaller.get();
        return getView() == SubmissionView.SCOPE && (caller.isAdmin() || caller.has(Role.LEADER));
    }

    public long getAwaitingConfirmation() {
        return submissions.awaitingMyConfirmation();
    }

    public List<Category> getCategories() {
        return submissions.categories();
    }

    public List<SubmissionStatus> getStatuses() {
        return List.of(SubmissionStatus.values());
    }

    public List<SubmissionType> getTypes() {
        return List.of(SubmissionType.values());
    }

    public String categoryName(Category category) {
        return category.nameIn(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LazyDataModel<SubmissionSummary> getModel() {
        return model;
    }

    /** The list shown: from the URL; people who govern no area always see their own. */
    public SubmissionView getView() {
        var caller = currentCaller.get();
        boolean governs = caller.isAdmin() || caller.has(Role.LEADER) || caller.has(Role.HANDLER);
        if (view == null || (view == SubmissionView.SCOPE && !governs)) {
            return SubmissionView.MINE;
        }
        return view;
    }

    public void setView(SubmissionView view) {
        this.view = view;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public void setStatus(SubmissionStatus status) {
        this.status = status;
    }

    public SubmissionType getType() {
        return type;
    }

    public void setType(SubmissionType type) {
        this.type = type;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Boolean getOverdue() {
        return overdue;
    }

    public void setOverdue(Boolean overdue) {
        this.overdue = overdue;
    }

    public List<SubmissionSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<SubmissionSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
