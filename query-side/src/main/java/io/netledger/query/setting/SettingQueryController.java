package io.netledger.query.setting;

import io.netledger.api.NotFound;
import io.netledger.api.Versions;
import io.netledger.api.setting.FindSetting;
import io.netledger.api.setting.FindSettings;
import io.netledger.api.setting.SettingList;
import io.netledger.api.setting.SettingView;
import io.netledger.query.history.AsOf;
import io.netledger.query.history.RecordKind;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public settings (company name, tax rate) need no login; the rest is for staff. */
@RestController
@RequestMapping("/api/v1/settings")
class SettingQueryController {

    private final QueryGateway queries;
    private final AsOf asOfs;

    SettingQueryController(QueryGateway queries, AsOf asOfs) {
        this.queries = queries;
        this.asOfs = asOfs;
    }

    @GetMapping("/public")
    SettingList publicSettings(@RequestParam(required = false) String group) {
        return queries.query(new FindSettings(true, group), ResponseTypes.instanceOf(SettingList.class)).join();
    }

    @GetMapping
    @PreAuthorize("hasRole('STAFF')")
    SettingList all(@RequestParam(required = false) String group) {
        return queries.query(new FindSettings(false, group), ResponseTypes.instanceOf(SettingList.class)).join();
    }

    @GetMapping("/{key}")
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<SettingView> one(@PathVariable String key, @RequestParam(required = false) String asOf) {
        SettingView view = asOfs.setting(asOf, key, () -> queries.query(new FindSetting(key),
                ResponseTypes.optionalInstanceOf(SettingView.class)).join())
                .orElseThrow(() -> new NotFound("setting " + key + " does not exist"));
        return ResponseEntity.ok().eTag(Versions.etag(view.aggregateVersion())).body(view);
    }
}
