package io.netledger.query.plan;

import io.netledger.query.ProjectedRows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface ServicePlanRows extends ProjectedRows<ServicePlanRow> {

    Page<ServicePlanRow> findByIsActive(boolean isActive, Pageable pageable);
}
