package org.sanling.supervision;

/** The answer to an upload: the photo, and whether this call added it ({@code false}: a retry of an earlier upload). */
public record AttachedPhoto(SubmissionPhoto photo, boolean created) {
}
