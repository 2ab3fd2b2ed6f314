package io.netledger.query.user;

import io.netledger.api.customer.CustomerErased;
import io.netledger.api.user.FindUserProfile;
import io.netledger.api.user.UserProfileUpdated;
import io.netledger.api.user.UserProfileView;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Owns {@code profiles}. It shares the users processor, so a profile is never readable
 * before its user, and a user without a profile row reads as an empty profile.
 */
@Component
@ProcessingGroup("users")
class ProfileProjection {

    private final ProfileRows profiles;
    private final UserRows users;

    ProfileProjection(ProfileRows profiles, UserRows users) {
        this.profiles = profiles;
        this.users = users;
    }

    @EventHandler
    void on(UserProfileUpdated event, @Timestamp Instant at, @SequenceNumber long version) {
        ProfileRow row = profiles.findById(event.userId()).orElseGet(() -> new ProfileRow(event.userId(), at));
        row.apply(event);
        row.touched(at, version);
        profiles.save(row);
    }

    @EventHandler
    void on(CustomerErased event, @Timestamp Instant at) {
        for (ProfileRow row : profiles.findAllById(event.userIds())) {
            row.erase(at);
            profiles.save(row);
        }
    }

    @ResetHandler
    void reset() {
        profiles.deleteAllInBatch();
    }

    @QueryHandler
    Optional<UserProfileView> handle(FindUserProfile query) {
        Optional<UserProfileView> profile = profiles.findById(query.userId()).map(ProfileRow::view);
        if (profile.isPresent() || !users.existsById(query.userId())) {
            return profile;
        }
        return Optional.of(UserProfileView.empty(query.userId()));
    }
}
