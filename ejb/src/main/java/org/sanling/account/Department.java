package org.sanling.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.sanling.area.Area;

import java.io.Serializable;

/**
 * A functional department (职能部门, such as the district's urban management bureau). It serves the
 * subtree of its area; handlers who belong to it work what is dispatched to it.
 */
@Entity
@SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
public class Department implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private Area area;

    @Version
    private long version;

    protected Department() {
        // for JPA
    }

    public Department(String name, Area area) {
        this.name = name;
        this.area = area;
    }

    /** Whether the department serves the area with the given path. */
    public boolean serves(String areaPath) {
        return areaPath.startsWith(area.getPath());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Area getArea() {
        return area;
    }
}
