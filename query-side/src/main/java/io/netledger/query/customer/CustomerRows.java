package io.netledger.query.customer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CustomerRows extends JpaRepository<CustomerRow, Long>, JpaSpecificationExecutor<CustomerRow> {
}
