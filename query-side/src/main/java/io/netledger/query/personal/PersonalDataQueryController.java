package io.netledger.query.personal;

import io.netledger.api.NotFound;
import io.netledger.api.Viewer;
import io.netledger.api.personal.FindPersonalData;
import io.netledger.api.personal.PersonalDataExport;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The right of access (UU 27/2022): staff export any customer's personal data, a customer login its own; to it the
 * other customers do not exist, as on {@code GET /api/v1/customers/{id}}.
 */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasRole('CUSTOMER')")
class PersonalDataQueryController {

    private final QueryGateway queries;

    PersonalDataQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}/personal-data")
    PersonalDataExport export(@PathVariable long id, Viewer viewer) {
        Optional<PersonalDataExport> export = viewer.mayRead(id) ? queries.query(new FindPersonalData(id),
                ResponseTypes.optionalInstanceOf(PersonalDataExport.class)).join() : Optional.empty();
        return export.orElseThrow(() -> new NotFound("customer " + id + " does not exist"));
    }
}
