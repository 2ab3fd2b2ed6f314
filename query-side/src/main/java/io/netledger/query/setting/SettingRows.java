package io.netledger.query.setting;

import io.netledger.query.ProjectedRows;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

interface SettingRows extends ProjectedRows<SettingRow> {

    Optional<SettingRow> findByKey(String key);

    @Query("""
            select s from SettingRow s
            where (s.isPublic = true or :publicOnly = false) and (:group is null or s.group = :group)
            order by s.group, s.key""")
    List<SettingRow> find(boolean publicOnly, String group);
}
