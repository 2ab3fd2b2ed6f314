package io.netledger.query.nas;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NasServerRows extends JpaRepository<NasServerRow, Long> {

    Page<NasServerRow> findByIsActive(boolean isActive, Pageable pageable);
}
