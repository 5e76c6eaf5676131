package org.sanling.dispute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A party to a dispute: name, phone (whole only for the area's leaders, see {@link DisputeScope}) and side. */
@Entity
@Table(name = "dispute_party")
@SequenceGenerator(name = "dispute_party_seq", sequenceName = "dispute_party_seq", allocationSize = 50)
public class DisputeParty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_party_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = 50, updatable = false)
    private String name;

    @Column(length = 20, updatable = false)
    private String phone;

    @Column(length = 40, updatable = false)
    private String side;

    protected DisputeParty() {
        // for JPA
    }

    DisputeParty(Dispute dispute, int position, NewParty party) {
        this.dispute = dispute;
        this.position = position;
        this.name = party.name().strip();
        this.phone = party.phone() == null || party.phone().isBlank() ? null : party.phone().strip();
        this.side = party.side() == null || party.side().isBlank() ? null : party.side().strip();
    }

    public String getName() {
        return name;
    }

    /** The phone, for those who may see it whole; null if not given. */
    public String getPhone() {
        return phone;
    }

    public String getSide() {
        return side;
    }
}
