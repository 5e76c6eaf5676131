package org.sanling.it.support;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * The answer schemas of the served OpenAPI document, checked by a JSON Schema 2020-12 validator (OpenAPI 3.1's
 * schemas are that dialect). Object schemas are closed first (no properties beyond those documented), so an
 * answer that carries a field the document does not describe fails as surely as one that lacks a type.
 */
public final class ContractSchemas {

    private final JsonObject document;
    private final JsonObject closedComponents;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    public ContractSchemas(JsonObject document) {
        this.document = document;
        this.closedComponents = close(document.getJsonObject("components")).asJsonObject();
    }

    /**
     * What is wrong with an answer of the operation {@code method path} (as the document writes them:
     * {@code get}, {@code /api/v1/submissions/{id}}), judged by the schema documented for its status and
     * content type; empty when it is as documented.
     */
    public List<String> violations(String method, String path, ApiClient.Reply reply) {
        JsonObject operation = document.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
        JsonObject response = operation.getJsonObject("responses").getJsonObject(String.valueOf(reply.status()));
        if (response == null) {
            return List.of(method + " " + path + ": status " + reply.status() + " is not documented: " + reply.body());
        }
        String mediaType = reply.contentType().split(";")[0].strip();
        JsonObject content = response.getJsonObject("content");
        if (content == null || !content.containsKey(mediaType)) {
            return List.of(method + " " + path + " " + reply.status() + ": " + mediaType + " is not documented");
        }
        JsonObject schema = content.getJsonObject(mediaType).getJsonObject("schema");
        String root = Json.createObjectBuilder()
                .add("$schema", "https://json-schema.org/draft/2020-12/schema")
                .add("components", closedComponents)
                .add("allOf", Json.createArrayBuilder().add(close(schema)))
                .build().toString();
        Schema validator = registry.getSchema(root, InputFormat.JSON);
        return validator.validate(reply.body(), InputFormat.JSON).stream()
                .map(error -> method + " " + path + " " + reply.status() + ": " + error)
                .toList();
    }

    /** The schema with every object schema that lists its properties closed to others. */
    private static JsonValue close(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder closed = Json.createObjectBuilder();
            object.forEach((key, member) -> closed.add(key, close(member)));
            if (object.containsKey("properties") && !object.containsKey("additionalProperties")) {
                closed.add("additionalProperties", false);
            }
            return closed.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder closed = Json.createArrayBuilder();
            array.forEach(item -> closed.add(close(item)));
            return closed.build();
        }
        return value;
    }
}
