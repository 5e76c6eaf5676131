package org.sanling.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.searchindex.analysis.UserDictionary;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Feeds the portal's vocabulary into this node's search index as its user dictionary
 * ({@link UserDictionary}): the names of the submission categories, of the areas of the tree, of the
 * legal topics and of the campaign categories, which admins keep. Read at start-up and every thirty
 * seconds, so an edit made on any node reaches every node's searches without a restart, as the
 * outbox does for documents; titles indexed before an edit are segmented anew by the next rebuild.
 */
@Singleton
@Startup
@DependsOn("SearchIndexes")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchVocabulary {

    private static final Logger LOG = Logger.getLogger(SearchVocabulary.class.getName());

    /** Source name in the dictionary, and the query for its words (inactive entries too: old documents use them). */
    private static final Map<String, String> SOURCES = Map.of(
            "categories", "select c.name from Category c",
            "areas", "select a.name from Area a",
            "legal-topics", "select t.name from LegalTopic t",
            "campaign-categories", "select c.name from CampaignCategory c");

    @Inject
    private SearchIndexes indexes;

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void load() {
        refresh();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void sweep() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading the portal's vocabulary for search failed; the next sweep tries again", e);
        }
    }

    /** Replaces every source's words in the dictionary with those in the database now. */
    public void refresh() {
        UserDictionary dictionary = indexes.index().vocabulary();
        SOURCES.forEach((source, query) -> {
            List<String> words = em.createQuery(query, String.class).getResultList();
            dictionary.replace(source, words);
        });
    }
}
