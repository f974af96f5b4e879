package se.samverkan.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpClosedException;

class ProblemMappersTest {

    @Test
    void aClientThatHungUpMidBodyIsNotAnUnexpectedError() {
        assertTrue(ProblemMappers.clientHungUp(new IOException(new IOException(new HttpClosedException("Connection was closed")))));
        assertFalse(ProblemMappers.clientHungUp(new IllegalStateException("a bug")));
    }

    @Test
    void classifiesDatabaseFailuresByTheirSqlState() {
        assertEquals(409, ProblemMappers.fromPersistence(new RuntimeException(new SQLException("dup", "23505")))
                .orElseThrow().status());
        assertEquals(503, ProblemMappers.fromPersistence(new SQLException("gone", "08006")).orElseThrow().status());
        assertEquals(400, ProblemMappers.fromPersistence(new SQLException("bad", "22P02")).orElseThrow().status());
        assertTrue(ProblemMappers.fromPersistence(new IllegalStateException("a bug")).isEmpty());
    }
}
