package org.sanling.web.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.sanling.web.problem.ProblemBody;
import org.sanling.web.problem.Problems;

import java.util.List;
import java.util.Map;

/**
 * Completes the generated OpenAPI document with what every operation shares, so that no resource repeats
 * it: the problem-document answers (400 for operations that take input, 401 and 403 for those that need a
 * login, 404 for those that name a resource, 409 for writes), the problem body and the meaning of every error
 * answer a resource declares itself (429 on throttled ones), "no login needed" on public operations, and the note
 * on enumerations that requests may use any case.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/" + ProblemBody.SCHEMA;

    /** What each error answer means, for the operations that give it; a resource may say more of its own. */
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Bad input: `errors` names each field or parameter and what is wrong with it.",
            "401", "Not logged in, or the login has ended.",
            "403", "Not allowed to the caller's role or outside the caller's area; with mfaEnrolmentRequired, "
                    + "a leader or admin who must enrol in two-factor login first.",
            "404", "No such resource, or none the caller may know of.",
            "409", "The resource's state does not allow this now.",
            "429", "Too many attempts from this client or at this account: Retry-After gives the seconds to wait.");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> complete(path, method, operation)));
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().getSchemas().values().forEach(ProblemResponses::noteAnyCase);
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            // Public: an empty requirement ("no login needed") survives in the document, an empty list would not.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean needsLogin = operation.getSecurity() == null;
        boolean write = method != PathItem.HttpMethod.GET;
        addIf(takesInput, responses, "400");
        addIf(needsLogin, responses, "401");
        addIf(needsLogin, responses, "403");
        addIf(path.contains("{"), responses, "404");
        addIf(write && needsLogin, responses, "409");
        responses.getAPIResponses().forEach((code, response) -> {
            if (ERRORS.containsKey(code) && (response.getDescription() == null || response.getDescription().isBlank())) {
                response.setDescription(ERRORS.get(code));
            }
            if (code.startsWith("4") && response.getContent() == null) {
                response.setContent(problem());
            }
        });
    }

    private static void addIf(boolean applies, APIResponses responses, String code) {
        if (applies && !responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse());
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void noteAnyCase(Schema schema) {
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getDescription() == null) {
            schema.setDescription("Written in upper case; requests may use any case.");
        }
    }
}
