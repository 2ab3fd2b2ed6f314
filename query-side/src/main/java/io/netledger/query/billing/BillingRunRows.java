package io.netledger.query.billing;

import org.springframework.data.jpa.repository.JpaRepository;

interface BillingRunRows extends JpaRepository<BillingRunRow, Long> {
}
