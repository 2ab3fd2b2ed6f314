package io.netledger.query.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import io.netledger.query.ProjectedRows;

interface ServicePlanRows extends ProjectedRows<ServicePlanRow> {

    Page<ServicePlanRow> findByIsActive(boolean isActive, Pageable pageable);
}
