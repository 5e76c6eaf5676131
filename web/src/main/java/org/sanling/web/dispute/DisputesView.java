package org.sanling.web.dispute;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sanling.area.Area;
import org.sanling.area.AreaService;
import org.sanling.dispute.DisputeQuery;
import org.sanling.dispute.DisputeService;
import org.sanling.dispute.DisputeStatus;
import org.sanling.dispute.RiskLevel;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The disputes of the caller's scope and those they mediate, newest first, filtered by status and risk level; the URL
 * may narrow them to an area and to those still open ({@code ?area=…&riskLevel=HIGH&open=true}, as the dashboard
 * links them).
 */
@Named
@ViewScoped
public class DisputesView implements Serializable {

    @Inject
    private DisputeService disputes;

    @Inject
    private AreaService areas;

    private DisputeStatus status;
    private RiskLevel riskLevel;
    private String area;
    private String areaName;
    private Boolean open;

    private final LazyDataModel<DisputeSummary> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) disputes.list(query(), 0, 1).total();
        }

        @Override
        public List<DisputeSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return disputes.list(query(), first, pageSize).items().stream()
                    .map(d -> DisputeSummary.of(d, LocaleView.current())).toList();
        }

        @Override
        public String getRowKey(DisputeSummary dispute) {
            return dispute.id();
        }
    };

    private DisputeQuery query() {
        return new DisputeQuery(area, status, riskLevel, open);
    }

    /** Checks the area the URL names: one outside the caller's scope is refused with a message and not applied. */
    public void load() {
        if (area == null || area.isBlank()) {
            area = null;
            return;
        }
        if (FormFeedback.succeeds("list", () -> disputes.list(query(), 0, 1))) {
            areaName = areas.find(area).map(Area::getName).orElse(area);
        } else {
            area = null;
        }
    }

    /** Whether the URL narrowed the list (an area, or the open ones only), so that the page offers to show all. */
    public boolean isNarrowed() {
        return area != null || open != null;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getAreaName() {
        return areaName;
    }

    public Boolean getOpen() {
        return open;
    }

    public void setOpen(Boolean open) {
        this.open = open;
    }

    public LazyDataModel<DisputeSummary> getModel() {
        return model;
    }

    public List<DisputeStatus> getStatuses() {
        return List.of(DisputeStatus.values());
    }

    public List<RiskLevel> getRiskLevels() {
        return List.of(RiskLevel.values());
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public void setStatus(DisputeStatus status) {
        this.status = status;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }
}
