package org.sanling.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.AccountService;
import org.sanling.area.AreaService;
import org.sanling.search.SearchService;
import org.sanling.search.SimilarSubmission;
import org.sanling.supervision.Category;
import org.sanling.supervision.Filed;
import org.sanling.supervision.NewSubmission;
import org.sanling.supervision.SanlingDimension;
import org.sanling.supervision.CategoryService;
import org.sanling.supervision.PhotoRejectedException;
import org.sanling.supervision.SubmissionPhotos;
import org.sanling.supervision.SubmissionService;
import org.sanling.supervision.SubmissionType;
import org.sanling.supervision.Urgency;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.sanling.web.area.AreaNode;
import org.sanling.web.i18n.FormFeedback;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The form to file a submission. One client UUID per opened form, so pressing "submit" twice, or
 * again after a lost answer, files it once.
 */
@Named
@ViewScoped
public class SubmitView implements Serializable {

    @Inject
    private SubmissionService submissions;

    @Inject
    private CategoryService categoryService;

    @Inject
    private AccountService accounts;

    @Inject
    private AreaService areas;

    @Inject
    private SubmissionPhotos submissionPhotos;

    @Inject
    private SearchService search;

    private final UUID clientId = UUID.randomUUID();
    private SubmissionType type = SubmissionType.COMPLAINT;
    private Long categoryId;
    private AreaNode area;
    private String place;
    private String title;
    private String content;
    private Urgency urgency = Urgency.NORMAL;
    private SanlingDimension dimension = SanlingDimension.NONE;
    private String citizenName;
    private String citizenPhone;
    private boolean citizenConsent;
    /** Used by the request that uploads them only: up to 48 MB the session would otherwise carry to the other node. */
    private transient UploadedFiles photos;
    private List<PossibleDuplicate> possibleDuplicates = List.of();

    private List<Category> categories = List.of();

    @PostConstruct
    void init() {
        categories = categoryService.active();
        area = AreaNode.of(accounts.me().getHomeArea());
    }

    public void submit() throws IOException {
        String category = categoryId == null ? null : String.valueOf(categoryId);
        Optional<Filed> filed = FormFeedback.outcome("form", () -> submissions.file(new NewSubmission(clientId, type,
                category, area == null ? null : area.code(), place, title, content, urgency, dimension, null, citizenName,
                citizenPhone, citizenConsent)));
        if (filed.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FormFeedback.info("submission.filed", filed.get().submission().getNumber());
            attachPhotos(filed.get().submission().getId());
            external.redirect(external.getRequestContextPath() + "/submissions/detail.xhtml?id=" + filed.get().submission().getId());
        }
    }

    /**
     * Attaches the chosen photos to the filed submission. Each photo's client UUID derives from the form's,
     * so submitting the same form again does not add them twice. A photo that cannot be kept is reported
     * with the reason; the submission and the other photos stay.
     */
    private void attachPhotos(long submissionId) {
        if (photos == null) {
            return;
        }
        List<UploadedFile> files = photos.getFiles();
        for (int i = 0; i < files.size(); i++) {
            UUID photoId = UUID.nameUUIDFromBytes((clientId + "/photo/" + i).getBytes(StandardCharsets.UTF_8));
            byte[] content = files.get(i).getContent();
            try {
                submissionPhotos.attach(submissionId, photoId, content);
            } catch (PhotoRejectedException rejected) {
                // said on the page the browser goes to next, so with the reason: the form is gone by then
                FormFeedback.info("submission.photoFailed", files.get(i).getFileName(),
                        FormFeedback.text(rejected.messageKey(), rejected.arguments().toArray()));
            }
        }
    }

    /**
     * Looks for recent submissions of the chosen area that read like the title and content typed so far,
     * so that the person sees a likely duplicate before filing it again: only those they may open.
     */
    public void findPossibleDuplicates() {
        if (blank(title) && blank(content)) {
            possibleDuplicates = List.of();
            return;
        }
        List<SimilarSubmission> similar = FormFeedback.outcome("form", () -> search.similar(title, content,
                area == null ? null : area.code())).orElse(List.of());
        possibleDuplicates = similar.stream().map(s -> new PossibleDuplicate(s.id(), s.number(), s.title(), s.status()))
                .toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public List<PossibleDuplicate> getPossibleDuplicates() {
        return possibleDuplicates;
    }

    public List<AreaNode> completeArea(String query) {
        return areas.search(query, 20).stream().map(AreaNode::of).toList();
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<SubmissionType> getTypes() {
        return List.of(SubmissionType.values());
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public List<SanlingDimension> getDimensions() {
        return List.of(SanlingDimension.values());
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

    public AreaNode getArea() {
        return area;
    }

    public void setArea(AreaNode area) {
        this.area = area;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public SanlingDimension getDimension() {
        return dimension;
    }

    public void setDimension(SanlingDimension dimension) {
        this.dimension = dimension;
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

    public UploadedFiles getPhotos() {
        return photos;
    }

    public void setPhotos(UploadedFiles photos) {
        this.photos = photos;
    }

    public boolean isCitizenConsent() {
        return citizenConsent;
    }

    public void setCitizenConsent(boolean citizenConsent) {
        this.citizenConsent = citizenConsent;
    }
}
