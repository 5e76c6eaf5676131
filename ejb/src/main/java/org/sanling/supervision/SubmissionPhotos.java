package org.sanling.supervision;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.account.Role;
import org.sanling.audit.AuditService;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Photos of submissions: up to {@value #MAX_PHOTOS} per submission, each at most 8 MB, JPEG, PNG or
 * WebP by content. The submitter and the people working a submission may add photos until it is
 * closed; whoever may see a submission may see its photos. An upload with a client UUID already used
 * for the submission returns the first photo, so a retried upload never duplicates one.
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class SubmissionPhotos {

    public static final int MAX_PHOTOS = 6;
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SubmissionService submissions;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private PhotoStore store;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Adds a photo to a submission the caller may see.
     *
     * @throws PhotoRejectedException       for a file of another type, over 8 MB, damaged, the seventh,
     *                                      or on a closed or rejected submission
     * @throws SubmissionNotFoundException  if the caller may not see the submission
     */
    public AttachedPhoto attach(long submissionId, UUID clientId, byte[] content) {
        Submission submission = submissions.get(submissionId).submission();
        var earlier = byClientId(submissionId, clientId);
        if (!earlier.isEmpty()) {
            return new AttachedPhoto(earlier.get(0), false);
        }
        if (submission.getStatus().isFinal()) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.CLOSED);
        }
        if (content.length > MAX_BYTES) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.SIZE);
        }
        ImageKind kind = ImageKind.of(content).orElseThrow(() -> new PhotoRejectedException(PhotoRejectedException.Reason.TYPE));
        BufferedImage image = Thumbnails.decode(content, kind)
                .orElseThrow(() -> new PhotoRejectedException(PhotoRejectedException.Reason.DAMAGED));
        // The submission's row lock keeps two concurrent uploads from both becoming the seventh.
        em.lock(em.find(Submission.class, submissionId), LockModeType.PESSIMISTIC_WRITE);
        if (of(submissionId).size() >= MAX_PHOTOS) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.COUNT);
        }
        Caller caller = currentCaller.get();
        Instant now = clock.instant();
        String name = "%d/%s.%s".formatted(submissionId, UUID.randomUUID(), kind.extension());
        SubmissionPhoto photo = new SubmissionPhoto(em.find(Submission.class, submissionId), clientId, kind, content.length,
                image.getWidth(), image.getHeight(), name, caller.username(), now);
        store.write(name, content);
        store.write(photo.getThumbnailName(), Thumbnails.thumbnail(image));
        em.persist(photo);
        audit.record("PHOTO_ADDED", "submission", submission.getNumber(), kind + " " + content.length + " bytes");
        return new AttachedPhoto(photo, true);
    }

    /** The photos of a submission the caller may see, in the order they were added. */
    public List<SubmissionPhoto> list(long submissionId) {
        submissions.get(submissionId);
        return of(submissionId);
    }

    /** A photo, or its JPEG thumbnail, of a submission the caller may see. */
    public PhotoContent read(long submissionId, long photoId, boolean thumbnail) {
        submissions.get(submissionId);
        SubmissionPhoto photo = of(submissionId).stream().filter(p -> p.getId() == photoId).findFirst()
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId + "/" + photoId));
        return thumbnail ? new PhotoContent("image/jpeg", store.read(photo.getThumbnailName()))
                : new PhotoContent(photo.getKind().contentType(), store.read(photo.getStoredName()));
    }

    private List<SubmissionPhoto> of(long submissionId) {
        return em.createQuery("select p from SubmissionPhoto p where p.submission.id = :s order by p.createdAt, p.id",
                        SubmissionPhoto.class)
                .setParameter("s", submissionId).getResultList();
    }

    private List<SubmissionPhoto> byClientId(long submissionId, UUID clientId) {
        return em.createQuery("select p from SubmissionPhoto p where p.submission.id = :s and p.clientId = :c",
                        SubmissionPhoto.class)
                .setParameter("s", submissionId).setParameter("c", clientId).getResultList();
    }
}
