package org.sanling.web.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sanling.account.Account;
import org.sanling.account.CurrentCaller;
import org.sanling.area.AreaService;
import org.sanling.supervision.ActionRequest;
import org.sanling.supervision.Category;
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.supervision.SubmissionAction;
import org.sanling.supervision.SubmissionQuery;
import org.sanling.supervision.CategoryService;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionStatus;
import org.sanling.supervision.SubmissionType;
import org.sanling.supervision.SubmissionView;
import org.sanling.web.area.AreaNode;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three lists of submissions: mine, dispatched to me, and a leader's queue of the area (filters by
 * status, type, category, area, overdue and date; bulk accept and bulk dispatch). The view comes from the URL ({@code ?view=SCOPE}), so lists can be bookmarked.
 */
@Named
@ViewScoped
public class SubmissionsView implements Serializable {

    @Inject
    private SubmissionService submissions;

    @Inject
    private CategoryService categories;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AreaService areas;

    @Inject
    private Clock clock;

    private SubmissionView view;
    private SubmissionStatus status;
    private SubmissionType type;
    private Long categoryId;
    private Boolean overdue;
    private AreaNode area;
    private LocalDate from;
    private LocalDate to;
    private String bulkAssignee;
    private List<SubmissionSummary> selected = new ArrayList<>();
    private List<Account> handlers;

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
        return new SubmissionQuery(getView(), status, type, categoryId, area == null ? null : area.code(), overdue,
                startOf(from), to == null ? null : startOf(to.plusDays(1)));
    }

    /** The start of a day in Asia/Shanghai; null for no day. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(DeadlinePolicy.ZONE).toInstant();
    }

    /** Accepts every selected submission that can be accepted; says how many were and which were not. */
    public void acceptSelected() {
        int accepted = 0;
        for (SubmissionSummary submission : selected) {
            boolean done = FormFeedback.succeeds("list", () -> submissions.act(Long.parseLong(submission.id()),
                    ActionRequest.of(SubmissionAction.ACCEPT)));
            accepted += done ? 1 : 0;
        }
        FormFeedback.info("submissions.accepted", accepted);
        selected = new ArrayList<>();
    }

    /** Dispatches every selected submission to the chosen handler; says how many went, and why others did not. */
    public void dispatchSelected() {
        int dispatched = 0;
        for (SubmissionSummary submission : selected) {
            boolean done = FormFeedback.succeeds("list", () -> submissions.act(Long.parseLong(submission.id()),
                    new ActionRequest(SubmissionAction.DISPATCH, null, bulkAssignee, null)));
            dispatched += done ? 1 : 0;
        }
        FormFeedback.info("submissions.dispatched", dispatched);
        selected = new ArrayList<>();
    }

    public List<Account> getHandlers() {
        if (handlers == null) {
            handlers = isLeaderQueue() ? submissions.handlersInScope() : List.of();
        }
        return handlers;
    }

    public List<AreaNode> completeArea(String query) {
        return areas.search(query, 20).stream().map(AreaNode::of).toList();
    }

    public boolean isLeaderQueue() {
        var caller = currentCaller.get();
        return getView() == SubmissionView.SCOPE && caller.leadsAnArea();
    }

    public long getAwaitingConfirmation() {
        return submissions.awaitingMyConfirmation();
    }

    public List<Category> getCategories() {
        return categories.active();
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
        return LocaleView.current();
    }

    public LazyDataModel<SubmissionSummary> getModel() {
        return model;
    }

    /** The list shown: from the URL; people who govern no area always see their own. */
    public SubmissionView getView() {
        if (view == null || (view == SubmissionView.SCOPE && !currentCaller.get().governsAnArea())) {
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

    public AreaNode getArea() {
        return area;
    }

    public void setArea(AreaNode area) {
        this.area = area;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(String bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }

    public List<SubmissionSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<SubmissionSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
