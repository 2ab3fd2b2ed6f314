package io.netledger.query.nas;

import io.netledger.query.ProjectedRows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

interface NasServerRows extends ProjectedRows<NasServerRow> {

    Page<NasServerRow> findByIsActive(boolean isActive, Pageable pageable);
}
