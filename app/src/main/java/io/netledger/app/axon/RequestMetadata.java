package io.netledger.app.axon;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Attaches who sent a command and from where (user id, client IP, user agent) as
 * metadata; the audit projection reads it back from the resulting events. Commands sent
 * outside an HTTP request (sagas, start-up) carry what they set themselves.
 */
@Component
class RequestMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final String WEBHOOKS = "/api/v1/webhooks/";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(current(command));
    }

    private static Map<String, Object> current(CommandMessage<?> command) {
        Map<String, Object> meta = new HashMap<>();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt && !command.getMetaData().containsKey("userId")) {
            meta.put("userId", jwt.getSubject());
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            meta.putIfAbsent("clientIp", request.getRemoteAddr());
            String path = request.getRequestURI();
            if (path.startsWith(WEBHOOKS)) {
                // The history names the gateway whose notification caused the change (issue #14).
                meta.putIfAbsent("webhook", path.substring(WEBHOOKS.length()).split("/")[0]);
            }
            String userAgent = request.getHeader("User-Agent");
            if (userAgent != null) {
                meta.putIfAbsent("userAgent", userAgent);
            }
        }
        command.getMetaData().keySet().forEach(meta::remove);
        return meta;
    }
}
