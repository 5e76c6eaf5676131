package org.sanling.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language a person chose for their session: Chinese unless they switch. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.equals(Messages.CHINESE);
    }

    /** Switches between Chinese and English and shows the same page again. */
    public void toggle() {
        locale = isChinese() ? Messages.ENGLISH : Messages.CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
