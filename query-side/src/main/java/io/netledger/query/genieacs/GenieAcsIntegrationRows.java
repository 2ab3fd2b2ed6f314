package io.netledger.query.genieacs;

import io.netledger.query.ProjectedRows;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface GenieAcsIntegrationRows extends ProjectedRows<GenieAcsIntegrationRow> {

    Page<GenieAcsIntegrationRow> findByIsActive(boolean isActive, Pageable pageable);

    List<GenieAcsIntegrationRow> findByIsActiveTrue();
}
