package io.netledger.query.invoice;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditRows extends JpaRepository<CreditRow, Long> {
}
