package org.sanling.web.supervision;

import org.sanling.web.i18n.Times;
import org.sanling.supervision.SubmissionPhoto;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A photo of a submission, with where to fetch it and its thumbnail. */
public record PhotoInfo(String id, String contentType, long size, int width, int height, String url, String thumbnailUrl,
                        OffsetDateTime createdAt) implements Serializable {

    static PhotoInfo of(long submissionId, SubmissionPhoto photo) {
        String url = "/api/v1/submissions/%d/photos/%d".formatted(submissionId, photo.getId());
        return new PhotoInfo(String.valueOf(photo.getId()), photo.getKind().contentType(), photo.getSizeBytes(),
                photo.getWidth(), photo.getHeight(), url, url + "?size=thumb", Times.local(photo.getCreatedAt()));
    }
}
