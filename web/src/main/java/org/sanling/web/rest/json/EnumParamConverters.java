package org.sanling.web.rest.json;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/**
 * Enumerated query, path and header parameters in any case ({@code ?view=mine}), and an unknown one a
 * {@code 400} that names the parameter instead of the {@code 404} JAX-RS gives a parameter it cannot convert.
 */
@Provider
public class EnumParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = parameterName(annotations);
        Class enumType = rawType;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || value.isBlank() ? null : (T) Enums.parse(enumType, value, name);
            }

            @Override
            public String toString(T value) {
                return ((Enum<?>) value).name();
            }
        };
    }

    /** The parameter's name as its annotation gives it; the API's enumerated parameters are query, path or header ones. */
    private static String parameterName(Annotation[] annotations) {
        return Arrays.stream(annotations).map(EnumParamConverters::nameIn).filter(Objects::nonNull).findFirst()
                .orElse("value");
    }

    private static String nameIn(Annotation annotation) {
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        if (annotation instanceof PathParam path) {
            return path.value();
        }
        return annotation instanceof HeaderParam header ? header.value() : null;
    }
}
