package org.sanling.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Settles the photo files a crash left staged (see {@link PhotoStore}): a file whose photo row exists is
 * published, any other is an orphan of a transaction that never committed and is deleted. Only files
 * staged more than {@link #SETTLED_AFTER} ago are looked at, so that no upload still in its transaction
 * loses its file.
 */
@Stateless
@PermitAll
public class StagedPhotos {

    static final Duration SETTLED_AFTER = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PhotoStore store;

    /** What one settling did. */
    public record Settled(int published, int deleted) {
    }

    public Settled settle(Instant now) {
        var staged = store.stagedBefore(now.minus(SETTLED_AFTER));
        if (staged.isEmpty()) {
            return new Settled(0, 0);
        }
        Set<String> kept = new HashSet<>();
        for (String name : em.createQuery("select p.storedName from SubmissionPhoto p where p.storedName in :names",
                String.class).setParameter("names", staged.stream().map(StagedPhotos::photoName).distinct().toList())
                .getResultList()) {
            kept.add(name);
        }
        int published = 0;
        for (String name : staged) {
            if (kept.contains(photoName(name))) {
                store.publish(name);
                published++;
            } else {
                store.discard(name);
            }
        }
        return new Settled(published, staged.size() - published);
    }

    /** The photo's name for the name of its file or of its thumbnail's. */
    private static String photoName(String fileName) {
        return fileName.endsWith(SubmissionPhoto.THUMBNAIL_SUFFIX)
                ? fileName.substring(0, fileName.length() - SubmissionPhoto.THUMBNAIL_SUFFIX.length()) : fileName;
    }
}
