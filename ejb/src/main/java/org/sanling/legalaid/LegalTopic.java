package org.sanling.legalaid;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.sanling.platform.ChoiceList;
import org.sanling.platform.NamedChoice;

/** A legal topic (民法典, 反诈, 劳动争议 …), managed by admins: what events cover and consultations are about. */
@Entity
@Table(name = "legal_topic")
@SequenceGenerator(name = "legal_topic_seq", sequenceName = "legal_topic_seq", allocationSize = 50)
public class LegalTopic extends NamedChoice {

    /** The list admins keep of these. */
    public static final ChoiceList<LegalTopic> LIST = new ChoiceList<>(LegalTopic.class, "legalTopic", LegalTopic::new);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_topic_seq")
    private Long id;

    protected LegalTopic() {
        // for JPA
    }

    public LegalTopic(String name, String nameEn, int position) {
        super(name, nameEn, position);
    }

    @Override
    public Long getId() {
        return id;
    }
}
