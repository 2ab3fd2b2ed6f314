package io.netledger.query.nas;

import org.springframework.data.jpa.repository.JpaRepository;

interface RouterDriftRows extends JpaRepository<RouterDriftRow, Long> {
}
