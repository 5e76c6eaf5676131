package org.sanling.web.volunteer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.CurrentCaller;
import org.sanling.area.Area;
import org.sanling.area.AreaService;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignCategory;
import org.sanling.volunteer.CampaignPage;
import org.sanling.volunteer.CampaignQuery;
import org.sanling.volunteer.CampaignService;
import org.sanling.volunteer.CampaignStatus;
import org.sanling.web.area.AreaNode;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.Times;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The campaigns a person can join, as cards, soonest first: filtered by area (the caller's street to
 * begin with), from a day on (today to begin with), category, skill and free places. Leaders also see
 * the drafts, closed and cancelled campaigns of their area, and may filter by status.
 */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final int PAGE = 20;

    @Inject
    private CampaignService campaigns;

    @Inject
    private AreaService areas;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private AreaNode area;
    private LocalDate from;
    private Long categoryId;
    private String skill;
    private boolean freePlaces;
    private CampaignStatus status;
    private int shown = PAGE;
    private List<CampaignCategory> categories = List.of();
    private CampaignPage page = new CampaignPage(0, List.of());

    @PostConstruct
    void init() {
        categories = campaigns.categories();
        area = areas.find(streetCode(currentCaller.get().homeAreaPath())).map(AreaNode::of).orElse(null);
        from = LocalDate.now(clock.withZone(Times.SHANGHAI));
        search();
    }

    /** The street (or town) of a home area path such as "410702/410702001/410702001002/": its second level, or the district. */
    static String streetCode(String homeAreaPath) {
        String[] codes = homeAreaPath.split(Area.PATH_SEPARATOR);
        return codes.length > 1 ? codes[1] : codes[0];
    }

    /** Shows the first cards that match the filters. */
    public void search() {
        shown = PAGE;
        load();
    }

    public void showMore() {
        shown += PAGE;
        load();
    }

    private void load() {
        CampaignQuery query = new CampaignQuery(status, area == null ? null : area.code(), categoryId, skill,
                from == null ? null : from.atStartOfDay(Times.SHANGHAI).toInstant(), null, freePlaces);
        page = FormFeedback.outcome("campaigns", () -> campaigns.browse(query, 0, shown)).orElse(new CampaignPage(0, List.of()));
    }

    public List<Campaign> getCampaigns() {
        return page.items();
    }

    public boolean isMore() {
        return page.total() > page.items().size();
    }

    public long getTotal() {
        return page.total();
    }

    public List<CampaignCategory> getCategories() {
        return categories;
    }

    public List<CampaignStatus> getStatuses() {
        return List.of(CampaignStatus.values());
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

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }

    public boolean isFreePlaces() {
        return freePlaces;
    }

    public void setFreePlaces(boolean freePlaces) {
        this.freePlaces = freePlaces;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }
}
