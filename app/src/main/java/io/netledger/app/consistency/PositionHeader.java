package io.netledger.app.consistency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Tells the client of a successful command how far the event store had come once it was
 * written ({@code NetLedger-Position}); a later GET may send that back as
 * {@code NetLedger-Await-Position} to read its own write (see {@link AwaitPosition}).
 */
@ControllerAdvice
class PositionHeader implements ResponseBodyAdvice<Object> {

    static final String POSITION = "NetLedger-Position";
    private static final Logger log = LoggerFactory.getLogger(PositionHeader.class);

    private final ProjectionPositions positions;

    PositionHeader(ProjectionPositions positions) {
        this.positions = positions;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        boolean command = request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD;
        int status = response instanceof ServletServerHttpResponse servlet ? servlet.getServletResponse().getStatus()
                : 200;
        if (command && status >= 200 && status < 300 && request.getURI().getPath().startsWith("/api/")) {
            try {
                response.getHeaders().set(POSITION, String.valueOf(positions.head()));
            } catch (DataAccessException e) {
                // The command has committed: it is answered as done, only without its position (a
                // read sent without NetLedger-Await-Position may then lag behind it for a moment).
                log.warn("Answering a committed command without {}: {}", POSITION, e.getMessage());
            }
        }
        return body;
    }
}
