package org.sanling.web.rest;

/**
 * An answer the server could not write (an entity JSON-B cannot serialize): the server's fault, a {@code 500},
 * although the failure arrives as the same {@code ProcessingException} that an unreadable request body does.
 */
public class AnswerNotWrittenException extends RuntimeException {

    AnswerNotWrittenException(RuntimeException cause) {
        super("could not write the answer", cause);
    }
}
