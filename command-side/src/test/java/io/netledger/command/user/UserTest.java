package io.netledger.command.user;

import io.netledger.api.user.RecordLogin;
import io.netledger.api.user.Role;
import io.netledger.api.user.UserLoggedIn;
import io.netledger.api.user.UserRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final long USER = 913_000_000_000_000_777L;

    @Test
    void recordsALoginSoThatItIsAudited() {
        new AggregateTestFixture<>(User.class)
                .given(new UserRegistered(USER, "Siti", "siti@isp.id",
                        "$2a$10$abcdefghijklmnopqrstuuYV0NQkQpDY9n4tq6JZ2Mxe0B6hBYx6u", Role.STAFF))
                .when(new RecordLogin(USER))
                .expectEvents(new UserLoggedIn(USER));
    }
}
