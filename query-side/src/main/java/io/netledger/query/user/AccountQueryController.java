package io.netledger.query.user;

import io.netledger.api.NotFound;
import io.netledger.api.Versions;
import io.netledger.api.user.FindUser;
import io.netledger.api.user.FindUserProfile;
import io.netledger.api.user.ProfileView;
import io.netledger.api.user.UserView;
import java.security.Principal;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account and profile, whatever the role. */
@RestController
@RequestMapping("/api/v1/account")
@PreAuthorize("isAuthenticated()")
class AccountQueryController {

    private final QueryGateway queries;

    AccountQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    ResponseEntity<UserView> account(Principal caller) {
        long id = Long.parseLong(caller.getName());
        UserView view = queries.query(new FindUser(id), ResponseTypes.optionalInstanceOf(UserView.class)).join()
                .orElseThrow(() -> new NotFound("your account is not readable yet; retry in a moment"));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }

    @GetMapping("/profile")
    ResponseEntity<ProfileView> profile(Principal caller) {
        long id = Long.parseLong(caller.getName());
        ProfileView view = queries.query(new FindUserProfile(id), ResponseTypes.optionalInstanceOf(ProfileView.class))
                .join().orElseThrow(() -> new NotFound("your account is not readable yet; retry in a moment"));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }
}
