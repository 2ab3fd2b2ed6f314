package io.netledger.query.user;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRows extends JpaRepository<ProfileRow, Long> {
}
