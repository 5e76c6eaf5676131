package org.sanling.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.account.Department;
import org.sanling.account.DepartmentService;
import org.sanling.area.AreaService;
import org.sanling.web.area.AreaNode;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Functional departments and their handlers: admins create departments and appoint handlers to them. */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {

    @Inject
    private DepartmentService departments;

    @Inject
    private AreaService areas;

    private List<Department> all = List.of();
    private Map<Long, String> members = Map.of();

    private String newName;
    private AreaNode newArea;
    private String username;
    private Long departmentId;

    @PostConstruct
    void init() {
        all = departments.all();
        members = all.stream().collect(Collectors.toMap(Department::getId, d -> departments.members(d.getId()).stream()
                .map(a -> a.getDisplayName() + " (" + a.getUsername() + ")").collect(Collectors.joining("、"))));
    }

    public void add() {
        if (FormFeedback.succeeds("newDepartment", () -> departments.add(newName, newArea == null ? null : newArea.code()))) {
            FormFeedback.info("departments.added", newName);
            newName = null;
            init();
        }
    }

    public void appoint() {
        String who = username == null ? "" : username.strip();
        if (FormFeedback.succeeds("appoint", () -> departments.appoint(who, departmentId))) {
            FormFeedback.info("departments.appointed", who);
            username = null;
            init();
        }
    }

    public List<AreaNode> completeArea(String query) {
        return areas.search(query, 20).stream().map(AreaNode::of).toList();
    }

    public List<Department> getAll() {
        return all;
    }

    public String members(Department department) {
        return members.getOrDefault(department.getId(), "");
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public AreaNode getNewArea() {
        return newArea;
    }

    public void setNewArea(AreaNode newArea) {
        this.newArea = newArea;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
