package org.sanling.web.volunteer;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.CurrentCaller;
import org.sanling.area.AreaService;
import org.sanling.volunteer.Campaign;
import org.sanling.volunteer.CampaignCategory;
import org.sanling.volunteer.CampaignPlan;
import org.sanling.volunteer.CampaignService;
import org.sanling.web.area.AreaNode;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.Times;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form of a campaign, new ({@code edit.xhtml}) or existing ({@code edit.xhtml?id=}): its description
 * and its shifts as rows to add and remove. A shift left out of an existing campaign is cancelled, and its
 * volunteers are told, by the service.
 */
@Named
@ViewScoped
public class CampaignEditView implements Serializable {

    private static final String FORM = "form";

    @Inject
    private CampaignService campaigns;

    @Inject
    private CampaignSheets sheets;

    @Inject
    private AreaService areas;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    private Long id;
    private boolean found = true;
    private String title;
    private String description;
    private Long categoryId;
    private AreaNode area;
    private List<String> skills = new ArrayList<>();
    private List<ShiftRow> shifts = new ArrayList<>();
    private List<CampaignCategory> categories = List.of();

    /** Fills the form: from the campaign named in the URL, or for a new one in the leader's home area. */
    public void load() {
        categories = campaigns.categories();
        if (id == null) {
            area = areas.find(currentCaller.get().homeAreaCode()).map(AreaNode::of).orElse(null);
            shifts.add(ShiftRow.tomorrowMorning(LocalDate.now(clock.withZone(Times.SHANGHAI))));
            return;
        }
        // Only those who manage it get the form; the service would refuse anyone else's save anyway.
        Optional<CampaignSheet> sheet = FormFeedback.outcome(FORM, () -> sheets.read(id)).filter(CampaignSheet::manages);
        found = sheet.isPresent();
        sheet.ifPresent(s -> {
            Campaign campaign = s.campaign();
            title = campaign.getTitle();
            description = campaign.getDescription();
            categoryId = campaign.getCategory().getId();
            area = AreaNode.of(campaign.getArea());
            skills = new ArrayList<>(campaign.getSkills());
            shifts = new ArrayList<>(s.shifts().stream().map(ShiftRow::of).toList());
        });
    }

    public void addShift() {
        shifts.add(shifts.isEmpty() ? ShiftRow.tomorrowMorning(LocalDate.now(clock.withZone(Times.SHANGHAI)))
                : shifts.get(shifts.size() - 1).following());
    }

    public void removeShift(ShiftRow row) {
        shifts.remove(row);
    }

    /** Saves the campaign (a new one as a draft) and shows it. */
    public void save() throws IOException {
        CampaignPlan plan = new CampaignPlan(title, description, categoryId == null ? null : String.valueOf(categoryId),
                area == null ? null : area.code(), skills, shifts.stream().map(ShiftRow::plan).toList());
        Optional<Campaign> saved = FormFeedback.outcome(FORM, () -> id == null ? campaigns.create(plan) : campaigns.update(id, plan));
        if (saved.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FormFeedback.info(id == null ? "volunteer.campaign.created" : "volunteer.campaign.saved");
            external.redirect(external.getRequestContextPath() + "/volunteer/campaign.xhtml?id=" + saved.get().getId());
        }
    }

    public boolean isFound() {
        return found;
    }

    public List<CampaignCategory> getCategories() {
        return categories;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public AreaNode getArea() {
        return area;
    }

    public void setArea(AreaNode area) {
        this.area = area;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills == null ? new ArrayList<>() : skills;
    }

    public List<ShiftRow> getShifts() {
        return shifts;
    }
}
