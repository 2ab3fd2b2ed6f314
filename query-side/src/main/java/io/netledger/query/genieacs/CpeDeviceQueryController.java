package io.netledger.query.genieacs;

import io.netledger.api.PageSpec;
import io.netledger.api.genieacs.CpeDevicePage;
import io.netledger.api.genieacs.FindCpeDevices;
import io.netledger.query.Pages;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The devices the syncs read; {@code unclaimed=true} lists those no subscription has, for staff to link by hand. */
@RestController
@RequestMapping("/api/v1/cpe-devices")
@PreAuthorize("hasRole('STAFF')")
class CpeDeviceQueryController {

    private final QueryGateway queries;

    CpeDeviceQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    CpeDevicePage list(@RequestParam(required = false) Long integrationId,
            @RequestParam(defaultValue = "false") boolean unclaimed, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageSpec spec = Pages.spec(page, size, null, Set.of("deviceId"), "deviceId,asc");
        return queries.query(new FindCpeDevices(integrationId, unclaimed, spec),
                ResponseTypes.instanceOf(CpeDevicePage.class)).join();
    }
}
