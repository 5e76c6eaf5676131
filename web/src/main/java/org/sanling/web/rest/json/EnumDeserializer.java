package org.sanling.web.rest.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Reads every enumerated field of a request body, whatever its enum type: Yasson matches a deserializer
 * bound to {@code Enum} against each enum class. Any case is accepted; JSON-B writes the names unchanged,
 * so answers carry them in upper case.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public class EnumDeserializer implements JsonbDeserializer<Enum> {

    @Override
    public Enum deserialize(JsonParser parser, DeserializationContext context, Type type) {
        Class enumType = (Class) type;
        JsonValue value = parser.getValue();
        if (value instanceof JsonString text) {
            return Enums.parse(enumType, text.getString(), null);
        }
        throw new UnknownEnumValueException(Arrays.<Enum<?>>asList((Enum<?>[]) enumType.getEnumConstants()), value.toString(), null);
    }
}
