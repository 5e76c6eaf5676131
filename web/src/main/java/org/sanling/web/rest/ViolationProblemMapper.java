package org.sanling.web.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.api.validation.ResteasyViolationException;
import org.sanling.web.i18n.Messages;
import org.sanling.web.problem.Problems;

/**
 * RESTEasy rethrows violations of service-parameter constraints as its own subclass, which its built-in
 * mapper (a closer match than {@link ProblemMapper}) would answer in plain text. This one answers with
 * the same problem document as every other failure.
 */
@Provider
public class ViolationProblemMapper implements ExceptionMapper<ResteasyViolationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ResteasyViolationException violations) {
        return Problems.response(ProblemMapper.toProblem(violations, Messages.preferred(headers.getAcceptableLanguages())));
    }
}
