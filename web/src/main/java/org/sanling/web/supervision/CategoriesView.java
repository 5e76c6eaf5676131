package org.sanling.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.supervision.Category;
import org.sanling.supervision.CategoryService;
import org.sanling.supervision.NewCategory;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The categories and their deadlines: admins add, rename and change them here, leaders read them. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    @Inject
    private CategoryService categories;

    private List<Category> all = List.of();
    /** The deadlines being edited, by category id: what the person typed, kept on bad input. */
    private final Map<Long, Integer> urgentHours = new HashMap<>();
    private final Map<Long, Integer> normalWorkingDays = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> namesEn = new HashMap<>();

    private String newName;
    private String newNameEn;
    private Integer newUrgentHours = 24;
    private Integer newNormalWorkingDays = 5;

    @PostConstruct
    void init() {
        all = categories.all();
        all.forEach(c -> {
            urgentHours.put(c.getId(), c.getUrgentHours());
            normalWorkingDays.put(c.getId(), c.getNormalWorkingDays());
            names.put(c.getId(), c.getName());
            namesEn.put(c.getId(), c.getNameEn());
        });
    }

    public void add() {
        boolean added = FormFeedback.succeeds("newCategory", () -> categories.add(new NewCategory(newName, newNameEn,
                valueOrZero(newUrgentHours), valueOrZero(newNormalWorkingDays))));
        if (added) {
            FormFeedback.info("categories.added", newName);
            newName = null;
            newNameEn = null;
            init();
        }
    }

    public void save(Category category) {
        Long id = category.getId();
        boolean saved = FormFeedback.succeeds("categories", () -> {
            categories.rename(id, names.get(id), namesEn.get(id));
            categories.changeDeadlines(id, valueOrZero(urgentHours.get(id)), valueOrZero(normalWorkingDays.get(id)));
        });
        if (saved) {
            FormFeedback.info("categories.saved", category.getName());
        }
    }

    public void toggle(Category category) {
        if (FormFeedback.succeeds("categories", () -> categories.setActive(category.getId(), !category.isActive()))) {
            all = categories.all();
        }
    }

    private static int valueOrZero(Integer value) {
        return value == null ? 0 : value;
    }

    public List<Category> getAll() {
        return all;
    }

    public Map<Long, Integer> getUrgentHours() {
        return urgentHours;
    }

    public Map<Long, Integer> getNormalWorkingDays() {
        return normalWorkingDays;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public Map<Long, String> getNamesEn() {
        return namesEn;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public Integer getNewUrgentHours() {
        return newUrgentHours;
    }

    public void setNewUrgentHours(Integer newUrgentHours) {
        this.newUrgentHours = newUrgentHours;
    }

    public Integer getNewNormalWorkingDays() {
        return newNormalWorkingDays;
    }

    public void setNewNormalWorkingDays(Integer newNormalWorkingDays) {
        this.newNormalWorkingDays = newNormalWorkingDays;
    }
}
