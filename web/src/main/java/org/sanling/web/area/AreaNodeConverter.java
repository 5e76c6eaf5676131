package org.sanling.web.area;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import org.sanling.area.AreaService;
import org.sanling.platform.UserFacingException;
import org.sanling.web.i18n.LocaleView;
import org.sanling.web.i18n.Messages;

/**
 * An area picked in a form travels as its code.
 * <pre>{@code
 * <p:autoComplete value="#{view.area}" completeMethod="#{view.completeArea}" var="a"
 *                 itemValue="#{a}" itemLabel="#{a.name()}"/>
 * }</pre>
 * The code is looked up again on the way in, so a page cannot smuggle in an area outside the caller's
 * scope.
 */
@Dependent // a CDI bean even with annotated discovery, so managed = true can inject into it
@FacesConverter(forClass = AreaNode.class, managed = true)
public class AreaNodeConverter implements Converter<AreaNode> {

    @Inject
    private AreaService areas;

    @Override
    public AreaNode getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return AreaNode.of(areas.get(code.strip()));
        } catch (UserFacingException | jakarta.ejb.EJBException e) {
            String text = Messages.text(LocaleView.current(), "area.notFound", code);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, AreaNode area) {
        return area == null ? "" : area.code();
    }
}
