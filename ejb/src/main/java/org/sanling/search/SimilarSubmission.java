package org.sanling.search;

import java.time.Instant;

/** A possible duplicate shown while filing ({@link SearchService#similar}): no content, no contact. */
public record SimilarSubmission(long id, String number, String title, String status, Instant createdAt) {
}
