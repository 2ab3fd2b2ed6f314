package io.netledger.query.nas;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import io.netledger.query.ProjectedRows;

interface NasServerRows extends ProjectedRows<NasServerRow> {

    Page<NasServerRow> findByIsActive(boolean isActive, Pageable pageable);
}
