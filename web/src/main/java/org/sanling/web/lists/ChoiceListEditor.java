package org.sanling.web.lists;

import org.sanling.platform.ChoiceList;
import org.sanling.platform.ChoiceListService;
import org.sanling.platform.NamedChoice;
import org.sanling.web.i18n.FormFeedback;
import org.sanling.web.i18n.LocaleView;

import java.io.Serializable;
import java.util.List;

/**
 * One list on the admins' page: its entries as editable rows and a new entry's names. Messages land on
 * the field at fault: {@code <formId>:table:<row>:name} for a row, {@code <formId>New:name} for a new entry
 * (the page names its forms so).
 *
 * @param <T> the entries' entity type
 */
public class ChoiceListEditor<T extends NamedChoice> implements Serializable {

    private final ChoiceListService choices;
    private final ChoiceList<T> list;
    private final String formId;
    private List<ChoiceRow> rows = List.of();
    private EditedNames newEntry = new EditedNames(null, null);

    ChoiceListEditor(ChoiceListService choices, ChoiceList<T> list, String formId) {
        this.choices = choices;
        this.list = list;
        this.formId = formId;
        load();
    }

    private void load() {
        rows = FormFeedback.outcome(formId, () -> choices.all(list)).orElse(List.of()).stream().map(ChoiceRow::new).toList();
    }

    public void add() {
        FormFeedback.outcome(formId + "New", () -> choices.add(list, newEntry.typed())).ifPresent(added -> {
            FormFeedback.info("lists.added", added.nameIn(LocaleView.current()));
            newEntry = new EditedNames(null, null);
            load();
        });
    }

    /** Saves the names of the row at that index of the table. */
    public void save(ChoiceRow row, int index) {
        FormFeedback.outcome(formId + ":table:" + index, () -> choices.rename(list, row.getId(), row.getNames().typed()))
                .ifPresent(saved -> FormFeedback.info("lists.saved", saved.nameIn(LocaleView.current())));
    }

    /** Switches the entry off if it is on, on if it is off. */
    public void toggle(ChoiceRow row) {
        FormFeedback.outcome(formId, () -> choices.setActive(list, row.getId(), !row.isActive()))
                .ifPresent(switched -> row.setActive(switched.isActive()));
    }

    public List<ChoiceRow> getRows() {
        return rows;
    }

    /** The names of the entry to add. */
    public EditedNames getNewEntry() {
        return newEntry;
    }
}
