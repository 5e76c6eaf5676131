package org.sanling.platform;

/** The list has no entry with that id. */
public class ChoiceNotFoundException extends UserFacingException {

    public ChoiceNotFoundException(String id) {
        super(Problem.NOT_FOUND, "choice.notFound", null, id);
    }
}
