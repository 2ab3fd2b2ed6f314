package io.netledger.query.user;

import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.PageSpec;
import io.netledger.api.Versions;
import io.netledger.api.user.FindUser;
import io.netledger.api.user.FindUserProfile;
import io.netledger.api.user.FindUsers;
import io.netledger.api.user.Role;
import io.netledger.api.user.UserPage;
import io.netledger.api.user.UserProfileView;
import io.netledger.api.user.UserView;
import io.netledger.query.Pages;
import io.netledger.query.history.AsOf;
import io.netledger.query.history.RecordKind;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserQueryController {

    private static final Set<String> SORTABLE = Set.of("name", "email", "createdAt", "updatedAt");

    private final QueryGateway queries;
    private final AsOf asOfs;

    UserQueryController(QueryGateway queries, AsOf asOfs) {
        this.queries = queries;
        this.asOfs = asOfs;
    }

    @GetMapping
    UserPage list(@RequestParam(required = false) String role, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageSpec spec = Pages.spec(page, size, sort, SORTABLE, "name,asc");
        return queries.query(new FindUsers(role(role), active, spec), ResponseTypes.instanceOf(UserPage.class)).join();
    }

    private static Role role(String value) {
        try {
            return value == null ? null : Role.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@PathVariable long id, @RequestParam(required = false) String asOf) {
        UserView view = asOfs.view(asOf, RecordKind.USER, id, () -> queries.query(new FindUser(id),
                ResponseTypes.optionalInstanceOf(UserView.class)).join())
                .orElseThrow(() -> new NotFound("user " + id + " does not exist"));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }

    @GetMapping("/{id}/profile")
    ResponseEntity<UserProfileView> profile(@PathVariable long id) {
        return versioned(profileOf(queries, id));
    }

    static UserProfileView profileOf(QueryGateway queries, long userId) {
        return queries.query(new FindUserProfile(userId), ResponseTypes.optionalInstanceOf(UserProfileView.class))
                .join().orElseThrow(() -> new NotFound("user " + userId + " does not exist"));
    }

    static ResponseEntity<UserProfileView> versioned(UserProfileView profile) {
        return ResponseEntity.ok().eTag(Versions.etag(profile.aggregateVersion())).body(profile);
    }
}
