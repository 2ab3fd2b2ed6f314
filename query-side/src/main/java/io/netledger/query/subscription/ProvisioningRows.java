package io.netledger.query.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvisioningRows extends JpaRepository<ProvisioningRow, Long> {
}
