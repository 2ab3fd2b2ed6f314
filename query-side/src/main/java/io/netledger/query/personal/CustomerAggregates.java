package io.netledger.query.personal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The aggregates besides his own whose events tell about a customer: his portal logins, his subscriptions (and so
 * their networks) and his invoices. Found in the read models, which know which are his; their events are then read
 * from the event store itself.
 */
final class CustomerAggregates {

    private final JdbcTemplate jdbc;

    CustomerAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> loginsOf(long customerId) {
        return jdbc.queryForList("select id from users where customer_id = ? order by id", Long.class, customerId);
    }

    List<Long> subscriptionsOf(long customerId) {
        return jdbc.queryForList("select id from customer_subscriptions where customer_id = ? order by id",
                Long.class, customerId);
    }

    List<Long> invoicesOf(long customerId) {
        return jdbc.queryForList("select id from invoices where customer_id = ? order by id", Long.class,
                customerId);
    }
}
