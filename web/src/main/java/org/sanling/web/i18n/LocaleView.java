package org.sanling.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
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

    /**
     * The language of the current person. Use this, not the view root's locale: before the page is
     * rendered (in view actions, for example) the view root still has the browser's language.
     */
    public static Locale current() {
        return CDI.current().select(LocaleView.class).get().getLocale();
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
