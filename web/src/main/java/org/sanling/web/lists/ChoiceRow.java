package org.sanling.web.lists;

import org.sanling.platform.NamedChoice;

import java.io.Serializable;

/** An entry of a list as its row on the page shows it. */
public class ChoiceRow implements Serializable {

    private final long id;
    private boolean active;
    private final EditedNames names;

    ChoiceRow(NamedChoice entry) {
        this.id = entry.getId();
        this.active = entry.isActive();
        this.names = new EditedNames(entry.getName(), entry.getNameEn());
    }

    public long getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public EditedNames getNames() {
        return names;
    }
}
