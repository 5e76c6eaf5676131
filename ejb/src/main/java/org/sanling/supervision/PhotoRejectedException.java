package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/**
 * A photo that cannot be kept: not a JPEG, PNG or WebP, too large a file or too many pixels, damaged, or
 * one too many. Its messages get the limits as arguments: {0} photos per submission, {1} MB per file,
 * {2} megapixels and {3} pixels on an edge per picture.
 */
public class PhotoRejectedException extends UserFacingException {

    public enum Reason {
        TYPE, SIZE, DIMENSIONS, DAMAGED, COUNT, CLOSED
    }

    public PhotoRejectedException(Reason reason) {
        super(reason == Reason.CLOSED ? Problem.CONFLICT : Problem.BAD_INPUT,
                "photo.rejected." + reason.name().toLowerCase(), "photos",
                SubmissionPhotos.MAX_PHOTOS, SubmissionPhotos.MAX_BYTES / (1024 * 1024),
                PhotoRenderer.MAX_PIXELS / 1_000_000, PhotoRenderer.MAX_EDGE);
    }
}
