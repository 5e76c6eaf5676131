package org.sanling.web.rest.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Reads UUIDs ({@code clientId}) so that a malformed one fails as a {@link JsonbException}: Yasson's own
 * reader throws an {@code IllegalArgumentException}, which it does not wrap with the property's name.
 */
public class UuidDeserializer implements JsonbDeserializer<UUID> {

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        String text = value instanceof JsonString string ? string.getString() : value.toString();
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new JsonbException("not a UUID: " + text, e);
        }
    }
}
