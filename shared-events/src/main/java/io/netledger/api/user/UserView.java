package io.netledger.api.user;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/** A row of {@code users} as clients read it: never the password hash. {@code customerId} only for CUSTOMER logins. */
public record UserView(
        @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
        String name,
        String email,
        String phone,
        Role role,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Long customerId,
        boolean isActive,
        OffsetDateTime emailVerifiedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonIgnore long aggregateVersion) {
}
