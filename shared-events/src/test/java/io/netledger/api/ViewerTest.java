package io.netledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewerTest {

    @Test
    void staffReadEveryCustomerAndAreNarrowedToNone() {
        assertThat(Viewer.staff().mayRead(42)).isTrue();
        assertThat(Viewer.staff().ownCustomer()).isEmpty();
    }

    @Test
    void aCustomerLoginReadsItsOwnCustomerOnly() {
        Viewer viewer = Viewer.customer(42L);

        assertThat(viewer.mayRead(42)).isTrue();
        assertThat(viewer.mayRead(43)).isFalse();
        assertThat(viewer.ownCustomer()).hasValue(42);
    }

    @Test
    void aCustomerLoginWithoutItsCustomerReadsNothing() {
        Viewer viewer = Viewer.customer(null);

        assertThat(viewer.mayRead(42)).isFalse();
        assertThat(viewer.ownCustomer()).isPresent();
    }
}
