package io.netledger.app.security;

import io.netledger.app.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An auditor reads and changes nothing (issue #14): every request of his but a read is refused
 * here, before a controller or a body reader sees it, whatever the route's own rule says. The
 * one exception is asking for an integrity check, which records a check and no event.
 * The token's own roles are looked at, not the hierarchy: an ADMIN is not an auditor here.
 */
final class AuditorsChangeNothing extends OncePerRequestFilter {

    static final String AUDITOR = "ROLE_AUDITOR";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String INTEGRITY_CHECKS = "/api/v1/audit/integrity-checks";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAuditor(SecurityContextHolder.getContext().getAuthentication()) && !READS.contains(request.getMethod())
                && !("POST".equals(request.getMethod()) && INTEGRITY_CHECKS.equals(path(request)))) {
            Problems.write(response, HttpStatus.FORBIDDEN, "an auditor reads and changes nothing",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isAuditor(Authentication auth) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> AUDITOR.equals(a.getAuthority()));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
