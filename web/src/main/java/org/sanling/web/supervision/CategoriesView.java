package org.sanling.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.supervision.Category;
import org.sanling.supervision.CategoryService;
import org.sanling.web.i18n.FormFeedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The categories and their deadlines: admins change them here, leaders read them. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    @Inject
    private CategoryService categories;

    private List<Category> all = List.of();
    /** The deadlines being edited, by category id: what the person typed, kept on bad input. */
    private final Map<Long, Integer> urgentHours = new HashMap<>();
    private final Map<Long, Integer> normalWorkingDays = new HashMap<>();

    @PostConstruct
    void init() {
        all = categories.all();
        all.forEach(c -> {
            urgentHours.put(c.getId(), c.getUrgentHours());
            normalWorkingDays.put(c.getId(), c.getNormalWorkingDays());
        });
    }

    public void save(Category category) {
        Long id = category.getId();
        boolean saved = FormFeedback.succeeds("categories", () -> categories.changeDeadlines(id,
                valueOrZero(urgentHours.get(id)), valueOrZero(normalWorkingDays.get(id))));
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
}
