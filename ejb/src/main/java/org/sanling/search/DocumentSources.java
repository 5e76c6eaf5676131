package org.sanling.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The features' {@link DocumentSource}s and {@link HitVisibility} rules, one per {@link IndexedEntity}, found
 * through CDI: the way {@code search} reaches the features without naming them. An entity without a source, or
 * with two, is a programming error and fails the first use loudly rather than leaving documents out of the index.
 * Thread-safe: filled once, read only.
 */
@ApplicationScoped
public class DocumentSources {

    @Inject
    private Instance<DocumentSource> sourceBeans;

    @Inject
    private Instance<HitVisibility> visibilityBeans;

    private Map<IndexedEntity, DocumentSource> sources;
    private Map<IndexedEntity, HitVisibility> visibilities;

    @PostConstruct
    void find() {
        sources = byEntity(sourceBeans, DocumentSource::entity);
        visibilities = byEntity(visibilityBeans, HitVisibility::entity);
        for (IndexedEntity entity : IndexedEntity.values()) {
            if (!sources.containsKey(entity)) {
                throw new IllegalStateException("no DocumentSource bean supplies the documents of " + entity);
            }
        }
    }

    /** The source of the entity's documents. */
    public DocumentSource of(IndexedEntity entity) {
        return sources.get(entity);
    }

    /** The rule for which of the entity's documents the current caller may open. */
    public HitVisibility visibilityOf(IndexedEntity entity) {
        HitVisibility rule = visibilities.get(entity);
        if (rule == null) {
            throw new IllegalStateException("no HitVisibility bean decides who may open " + entity);
        }
        return rule;
    }

    private static <T> Map<IndexedEntity, T> byEntity(Instance<T> beans, Function<T, IndexedEntity> entityOf) {
        Map<IndexedEntity, T> found = new EnumMap<>(IndexedEntity.class);
        for (T bean : beans) {
            IndexedEntity entity = entityOf.apply(bean);
            if (found.put(entity, bean) != null) {
                throw new IllegalStateException("two beans for " + entity + ": " + found.get(entity) + " and " + bean);
            }
        }
        return found;
    }
}
