package org.sanling.web.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.IOException;

/** Marks failures to write an answer, so that {@link ProblemMapper} does not take them for bad input. */
@Provider
public class AnswerWriting implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (ProcessingException e) {
            throw new AnswerNotWrittenException(e);
        }
    }
}
