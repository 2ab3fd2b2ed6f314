package io.netledger.app.consistency;

import io.netledger.app.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Read-your-writes: a GET carrying {@code NetLedger-Await-Position} (the position a command
 * answered) is held until the projections have caught up to it, for at most
 * {@link #LIMIT}; past that it answers 503 with Retry-After rather than stale data.
 */
@Configuration(proxyBeanMethods = false)
class AwaitPosition implements WebMvcConfigurer, HandlerInterceptor {

    static final String AWAIT = "NetLedger-Await-Position";
    static final Duration LIMIT = Duration.ofSeconds(5);

    private final ProjectionPositions positions;

    AwaitPosition(ProjectionPositions positions) {
        this.positions = positions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String header = request.getHeader(AWAIT);
        if (header == null || !"GET".equals(request.getMethod())) {
            return true;
        }
        long position;
        try {
            position = Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            position = -1;
        }
        if (position < 0) {
            Problems.write(response, HttpStatus.BAD_REQUEST,
                    AWAIT + " is a position a command answered in NetLedger-Position: " + header,
                    request.getRequestURI());
            return false;
        }
        if (positions.awaitAll(position, LIMIT)) {
            return true;
        }
        response.setHeader("Retry-After", "1");
        Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "the read models have not reached position "
                + position + " within " + LIMIT.toSeconds() + " s; retry shortly", request.getRequestURI());
        return false;
    }
}
