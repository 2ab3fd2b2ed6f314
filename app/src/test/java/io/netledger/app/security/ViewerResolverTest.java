package io.netledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Viewer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class ViewerResolverTest {

    @Test
    void staffAndAdministratorsReadEveryCustomer() {
        assertThat(ViewerResolver.of(token("ROLE_STAFF"))).isEqualTo(Viewer.staff());
        assertThat(ViewerResolver.of(token("ROLE_ADMIN"))).isEqualTo(Viewer.staff());
    }

    @Test
    void aCustomerLoginReadsTheCustomerItsTokenNames() {
        Viewer viewer = ViewerResolver.of(token("ROLE_CUSTOMER", ViewerResolver.AUTHORITY_PREFIX + "42"));

        assertThat(viewer).isEqualTo(Viewer.customer(42L));
        assertThat(viewer.mayRead(43)).isFalse();
    }

    @Test
    void aCustomerLoginWhoseTokenNamesNoCustomerReadsNothing() {
        Viewer viewer = ViewerResolver.of(token("ROLE_CUSTOMER"));

        assertThat(viewer.mayRead(42)).isFalse();
        assertThat(viewer.ownCustomer()).isPresent();
    }

    private static UsernamePasswordAuthenticationToken token(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated("7001", null,
                List.copyOf(AuthorityUtils.createAuthorityList(authorities)));
    }
}
