package io.netledger.app.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A command that committed is answered as committed, even when its position cannot be read afterwards. */
class CommittedCommandTest {

    @Test
    void aCommittedCommandIsAnsweredWithoutAPositionWhenTheDatabaseIsGone() {
        // Nothing listens on port 1: the position query fails as it does while PostgreSQL restarts.
        ProjectionPositions positions = new ProjectionPositions(
                new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/gone?connectTimeout=1")),
                null);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(201);
        ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
        Map<String, Object> created = Map.of("id", "42");

        Object body = new PositionHeader(positions).beforeBodyWrite(created, null, MediaType.APPLICATION_JSON,
                JacksonJsonHttpMessageConverter.class,
                new ServletServerHttpRequest(new MockHttpServletRequest("POST", "/api/v1/service-plans")),
                answer);

        assertThat(body).isSameAs(created);
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(answer.getHeaders().getFirst(PositionHeader.POSITION)).isNull();
    }
}
