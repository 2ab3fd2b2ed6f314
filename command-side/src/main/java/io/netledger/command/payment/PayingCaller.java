package io.netledger.command.payment;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose invoices the caller may pay through a link: staff and administrators anyone's, a CUSTOMER login its
 * own customer's only, named by the {@code CUSTOMER_ID_<id>} authority the security configuration grants
 * from its token. The same reading as the read side's {@code CustomerScope}, which the command side may not
 * import; the two collapse into one once that scope lives where both sides can see it.
 */
final class PayingCaller {

    private static final String CUSTOMER_AUTHORITY_PREFIX = "CUSTOMER_ID_";

    private PayingCaller() {
    }

    static boolean mayPayFor(long customerId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return true;
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_STAFF") || a.equals("ROLE_ADMIN")
                        || a.equals(CUSTOMER_AUTHORITY_PREFIX + customerId));
    }
}
