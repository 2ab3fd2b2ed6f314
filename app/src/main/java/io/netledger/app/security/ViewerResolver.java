package io.netledger.app.security;

import io.netledger.api.Viewer;
import java.util.List;
import java.util.Set;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands query endpoints the {@link Viewer} of the request, from its token: staff and
 * administrators read every customer; a CUSTOMER login reads the customer its token names,
 * which the token converter grants as the authority {@code CUSTOMER_ID_<id>}.
 */
@Component
class ViewerResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static final String AUTHORITY_PREFIX = "CUSTOMER_ID_";
    private static final Set<String> STAFF = Set.of("ROLE_STAFF", "ROLE_ADMIN", AuditorsChangeNothing.AUDITOR);

    static {
        // The viewer comes from the token, not from the request's parameters: keep it out of /v3/api-docs.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Viewer of(Authentication auth) {
        if (auth == null || auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(STAFF::contains)) {
            return Viewer.staff();
        }
        return Viewer.customer(auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(AUTHORITY_PREFIX))
                .map(a -> Long.parseLong(a.substring(AUTHORITY_PREFIX.length()))).findFirst().orElse(null));
    }
}
