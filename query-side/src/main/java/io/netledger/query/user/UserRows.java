package io.netledger.query.user;

import io.netledger.query.ProjectedRows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface UserRows extends ProjectedRows<UserRow> {

    @Query("""
            select u from UserRow u
            where (:role is null or u.role = :role) and (:active is null or u.isActive = :active)""")
    Page<UserRow> find(String role, Boolean active, Pageable pageable);
}
