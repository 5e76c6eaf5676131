package org.sanling.supervision;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

import java.util.List;

/**
 * At the end of the transaction that added a photo: its staged files take their real names if the row
 * committed, and are deleted if it rolled back. Should that fail, the transaction manager logs it and
 * the photo stays staged: its first read publishes it, or {@link StagedPhotos} deletes it.
 */
record PublishOnCommit(PhotoStore store, List<String> names) implements Synchronization {

    @Override
    public void beforeCompletion() {
        // the files are already on disk under their staged names
    }

    @Override
    public void afterCompletion(int status) {
        for (String name : names) {
            if (status == Status.STATUS_COMMITTED) {
                store.publish(name);
            } else {
                store.discard(name);
            }
        }
    }
}
