package org.sanling.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * "This entity changed": one row of the search outbox, in the order the sequence gives. The entity is stored by
 * its {@link IndexedEntity#code()}, a name that outlives the enum's constants.
 */
@Entity
@Table(name = "search_outbox")
@SequenceGenerator(name = "search_outbox_seq", sequenceName = "search_outbox_seq", allocationSize = 1)
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_outbox_seq")
    private Long seq;

    @Column(name = "entity_type", nullable = false, length = 40, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxEntry() {
        // for JPA
    }

    OutboxEntry(IndexedEntity entity, long entityId, Instant createdAt) {
        this.entityType = entity.code();
        this.entityId = entityId;
        this.createdAt = createdAt;
    }

    public Long getSeq() {
        return seq;
    }

    /** The entity the row names; empty if this version does not index it (written by a newer one). */
    public Optional<IndexedEntity> getEntity() {
        return IndexedEntity.ofCode(entityType);
    }

    public long getEntityId() {
        return entityId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
