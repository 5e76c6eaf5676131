package org.sanling.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;
import org.sanling.web.i18n.Messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A body the client sent wrong is its fault; an answer the server cannot write is the server's. */
class ProblemMapperTest {

    @Test
    void anUnreadableBodyIsABadRequest() {
        var reading = new ProcessingException("deserialization error", new JsonbException("Unable to deserialize"));
        assertEquals(400, ProblemMapper.toProblem(reading, Messages.ENGLISH).status());
    }

    @Test
    void anAnswerThatCannotBeWrittenIsTheServersFault() {
        var writing = new AnswerNotWrittenException(new ProcessingException("serialization error",
                new JsonbException("NaN is not a JSON number")));
        assertEquals(500, ProblemMapper.toProblem(writing, Messages.ENGLISH).status());
    }
}
