package org.sanling.web.rest.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The JSON-B settings of the REST API: JSON-B's defaults, with enumerated values read in any case
 * and every unreadable value named by its field (see {@link UnreadableRequests}). */
@Provider
public class JsonSettings implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new EnumDeserializer(), new UuidDeserializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
