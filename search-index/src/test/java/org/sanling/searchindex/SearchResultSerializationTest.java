package org.sanling.searchindex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A result survives Java serialization (a web page keeps it in a session that may move to another node). */
class SearchResultSerializationTest {

    private static final SearchHit HIT = new SearchHit("submission-1", "S-1", DocumentKind.SUBMISSION, "噪音扰民",
            "工地晚上施工", "110101", "东华门街道", "ACCEPTED", Instant.parse("2025-03-01T08:00:00Z"), 1.5f, "COMPLAINT", "7");

    @Test
    void withAndWithoutWarning() throws Exception {
        for (Optional<String> warning : List.of(Optional.of("searched as plain words"), Optional.<String>empty())) {
            SearchResult result = new SearchResult(1, 3, List.of(HIT),
                    Map.of(FacetDimension.AREA, List.of(new FacetValue("110101", 1))), warning,
                    List.of(new UnmatchedWord("扰民", "噪音")));
            assertEquals(result, roundTrip(result));
        }
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
