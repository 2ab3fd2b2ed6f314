package io.netledger.query.plan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServicePlanRows extends JpaRepository<ServicePlanRow, Long> {

    Page<ServicePlanRow> findByIsActive(boolean isActive, Pageable pageable);
}
