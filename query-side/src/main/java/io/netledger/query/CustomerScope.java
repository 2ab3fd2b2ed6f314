package io.netledger.query;

import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which customer a caller may read. Staff and administrators read every customer; a
 * CUSTOMER login reads its own only: the security configuration grants it the authority
 * {@code CUSTOMER_ID_<id>} from its token.
 */
public final class CustomerScope {

    public static final String AUTHORITY_PREFIX = "CUSTOMER_ID_";
    private static final String STAFF = "ROLE_STAFF";
    private static final String ADMIN = "ROLE_ADMIN";

    private CustomerScope() {
    }

    /** Empty for staff (no narrowing); the caller's customer id for a customer login. */
    public static OptionalLong current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(STAFF) || a.equals(ADMIN))) {
            return OptionalLong.empty();
        }
        Optional<Long> own = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(AUTHORITY_PREFIX))
                .map(a -> Long.parseLong(a.substring(AUTHORITY_PREFIX.length()))).findFirst();
        // A customer login without its customer may read nothing: -1 matches no row.
        return OptionalLong.of(own.orElse(-1L));
    }

    /** Whether the caller may read what belongs to {@code customerId}. */
    public static boolean mayRead(long customerId) {
        OptionalLong own = current();
        return own.isEmpty() || own.getAsLong() == customerId;
    }
}
