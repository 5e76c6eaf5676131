package org.sanling.dispute;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.sanling.platform.ChoiceList;
import org.sanling.platform.NamedChoice;

/** A kind of dispute (邻里纠纷, 婚姻家庭, 劳动争议 …), a list admins keep. */
@Entity
@Table(name = "dispute_kind")
@SequenceGenerator(name = "dispute_kind_seq", sequenceName = "dispute_kind_seq", allocationSize = 50)
public class DisputeKind extends NamedChoice {

    /** The list admins keep of these. */
    public static final ChoiceList<DisputeKind> LIST = new ChoiceList<>(DisputeKind.class, "disputeKind", DisputeKind::new);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_kind_seq")
    private Long id;

    protected DisputeKind() {
        // for JPA
    }

    public DisputeKind(String name, String nameEn, int position) {
        super(name, nameEn, position);
    }

    @Override
    public Long getId() {
        return id;
    }
}
