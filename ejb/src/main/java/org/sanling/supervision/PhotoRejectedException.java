package org.sanling.supervision;

import org.sanling.platform.Problem;
import org.sanling.platform.UserFacingException;

/** A photo that cannot be kept: not a JPEG, PNG or WebP, too large, damaged, or one too many. */
public class PhotoRejectedException extends UserFacingException {

    public enum Reason {
        TYPE, SIZE, DAMAGED, COUNT, CLOSED
    }

    public PhotoRejectedException(Reason reason) {
        super(reason == Reason.CLOSED ? Problem.CONFLICT : Problem.BAD_INPUT,
                "photo.rejected." + reason.name().toLowerCase(), "photos",
                SubmissionPhotos.MAX_PHOTOS, SubmissionPhotos.MAX_BYTES / (1024 * 1024));
    }
}
