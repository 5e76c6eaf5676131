package org.sanling.platform;

/** Another entry of the same list already has that Chinese name. */
public class ChoiceNameTakenException extends UserFacingException {

    public ChoiceNameTakenException(ChoiceList<?> list, String name) {
        super(Problem.CONFLICT, list.key() + ".name.taken", "name", name);
    }
}
