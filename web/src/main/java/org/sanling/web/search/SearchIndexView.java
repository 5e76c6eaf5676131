package org.sanling.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.search.IndexRebuilder;
import org.sanling.search.IndexVerification;
import org.sanling.search.IndexVerifier;
import org.sanling.search.RebuildProgress;
import org.sanling.supervision.DeadlinePolicy;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The administrators' page of this node's search index: rebuild it and watch the rebuild's progress; the
 * latest nightly check against the database and what it repaired.
 */
@Named
@ViewScoped
public class SearchIndexView implements Serializable {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DeadlinePolicy.ZONE);

    @Inject
    private IndexRebuilder rebuilder;

    @Inject
    private IndexVerifier verifier;

    private RebuildProgress progress;
    private IndexVerification verification;

    /** Reads the progress: when the page opens and at every poll. */
    public void refresh() {
        progress = FormFeedback.outcome("rebuild", rebuilder::progress).orElse(null);
    }

    /** Reads the latest check of the index, when the page opens. */
    public void loadVerification() {
        verification = FormFeedback.outcome("rebuild", verifier::latest).flatMap(latest -> latest).orElse(null);
    }

    public void rebuild() {
        FormFeedback.outcome("rebuild", rebuilder::start).ifPresent(started -> {
            progress = started;
            FormFeedback.info("searchIndex.rebuild.started");
        });
    }

    /** Null when the caller may not see it. */
    public RebuildProgress getProgress() {
        return progress;
    }

    /** The latest check of a node's index; null if none ran or the caller may not see it. */
    public IndexVerification getVerification() {
        return verification;
    }

    /** An instant as people here read it, in Asia/Shanghai; empty for none. */
    public String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
