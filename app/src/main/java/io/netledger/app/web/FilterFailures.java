package io.netledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Error handling that starts before the security filters: the token check reads the users read
 * model, and when that fails (PostgreSQL restarting) the client gets a problem, not the servlet
 * container's error page, which would run the same failing check once more.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FilterFailures extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FilterFailures.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            if (DatabaseOutage.causedBy(e)) {
                log.warn("{} {} failed: the database is not reachable ({})", request.getMethod(),
                        LoggedInput.escape(request.getRequestURI()), LoggedInput.escape(e.getMessage()));
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
                HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
                Problems.write(response, status.value(), status.getReasonPhrase(), DatabaseOutage.DETAIL,
                        request.getRequestURI(), DatabaseOutage.members(request.getMethod()));
                return;
            }
            log.error("Unexpected failure of {} {}", request.getMethod(), LoggedInput.escape(request.getRequestURI()), e);
            Problems.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "unexpected failure; see the log",
                    request.getRequestURI());
        }
    }
}
