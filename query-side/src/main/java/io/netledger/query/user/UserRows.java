package io.netledger.query.user;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserRows extends JpaRepository<UserRow, Long> {

    Optional<UserRow> findFirstByEmail(String email);
}
