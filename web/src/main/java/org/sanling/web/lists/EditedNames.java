package org.sanling.web.lists;

import org.sanling.platform.ChoiceNames;

import java.io.Serializable;

/** An entry's names as typed on the page, kept when a save is refused. */
public class EditedNames implements Serializable {

    private String name;
    private String nameEn;

    EditedNames(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    ChoiceNames typed() {
        return new ChoiceNames(name, nameEn);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
