package org.sanling.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.sanling.account.Caller;
import org.sanling.account.CurrentCaller;
import org.sanling.platform.Role;
import org.sanling.audit.AuditService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Photos of submissions: up to {@value #MAX_PHOTOS} per submission, each at most 8 MB, JPEG, PNG or
 * WebP by content, of at most {@value PhotoRenderer#MAX_PIXELS} pixels. The submitter and the people
 * working a submission may add photos until it is closed; whoever may see a submission may see its
 * photos. An upload with a client UUID already used for the submission returns the first photo, even
 * when it races the first upload, so a retried upload never duplicates one nor fails.
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
    private PhotoRenderer renderer;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private AuditService audit;

    @Inject
    private Clock clock;

    /**
     * Adds a photo to a submission the caller may see. What is kept is the photo as {@link PhotoRenderer}
     * renders it: upright, bounded in size, without metadata. Its files are written under their real names
     * only once the row has committed (see {@link PhotoStore}).
     *
     * @throws PhotoRejectedException       for a file of another type, over 8 MB, of too many pixels, damaged,
     *                                      the seventh, or on a closed or rejected submission
     * @throws SubmissionNotFoundException  if the caller may not see the submission
     */
    public AttachedPhoto attach(long submissionId, UUID clientId, byte[] content) {
        Submission submission = submissions.get(submissionId).submission();
        Optional<SubmissionPhoto> earlier = byClientId(submissionId, clientId);
        if (earlier.isPresent()) {
            return new AttachedPhoto(earlier.get(), false);
        }
        if (submission.getStatus().isFinal()) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.CLOSED);
        }
        if (content.length > MAX_BYTES) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.SIZE);
        }
        ImageKind kind = ImageKind.of(content).orElseThrow(() -> new PhotoRejectedException(PhotoRejectedException.Reason.TYPE));
        RenderedPhoto rendered = renderer.render(content, kind);
        // The submission's row lock keeps two concurrent uploads from both becoming the seventh, and makes a
        // retry racing its original wait for it: once the original has committed, the retry finds its photo.
        em.lock(em.find(Submission.class, submissionId), LockModeType.PESSIMISTIC_WRITE);
        earlier = byClientId(submissionId, clientId);
        if (earlier.isPresent()) {
            return new AttachedPhoto(earlier.get(), false);
        }
        if (of(submissionId).size() >= MAX_PHOTOS) {
            throw new PhotoRejectedException(PhotoRejectedException.Reason.COUNT);
        }
        Caller caller = currentCaller.get();
        // As the database keeps it (microseconds), so that the first answer and a retry's are the same.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String name = "%d/%s.%s".formatted(submissionId, UUID.randomUUID(), rendered.kind().extension());
        SubmissionPhoto photo = new SubmissionPhoto(em.find(Submission.class, submissionId), clientId, rendered.kind(),
                rendered.photo().length, rendered.width(), rendered.height(), name, caller.username(), now);
        em.persist(photo);
        transactions.registerInterposedSynchronization(new PublishOnCommit(store, List.of(name, photo.getThumbnailName())));
        store.stage(name, rendered.photo());
        store.stage(photo.getThumbnailName(), rendered.thumbnail());
        audit.record("PHOTO_ADDED", "submission", submission.getNumber(),
                "%s %d bytes, kept as %s %d×%d %d bytes".formatted(kind, content.length, rendered.kind(),
                        rendered.width(), rendered.height(), rendered.photo().length));
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

    private Optional<SubmissionPhoto> byClientId(long submissionId, UUID clientId) {
        return em.createQuery("select p from SubmissionPhoto p where p.submission.id = :s and p.clientId = :c",
                        SubmissionPhoto.class)
                .setParameter("s", submissionId).setParameter("c", clientId).getResultStream().findFirst();
    }
}
