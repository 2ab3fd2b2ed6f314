package io.netledger.app.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netledger.api.personal.PersonalComponents;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionImported;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events stored in the shape they had before sealing, brought to today's so that they can be sealed:
 * <ul>
 * <li>an event of a subscription that did not name its customer yet ({@code NetworkChanged}, and an import's
 * {@code SubscriptionImported}) gets him from the subscription's {@link SubscriptionCreated}: a subscription's
 * customer never changes, and customer ids are not personal data, so that event names him in clear;</li>
 * <li>the router's comment of an import, kept among the rest of its configuration, gets the field of its own
 * that is sealed.</li>
 * </ul>
 */
final class EarlierShapes {

    private static final String CUSTOMER = "customerId";
    private static final String COMMENT = SubscriptionImported.COMMENT;
    private static final String ROUTER_CONFIG = "mikrotikConfig";

    private final JdbcTemplate jdbc;

    EarlierShapes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Brings {@code tree}, an event of {@code type} of {@code aggregate}, to today's shape: whether it changed. */
    boolean update(Class<?> type, ObjectNode tree, String aggregate) {
        Optional<PersonalComponents> personal = PersonalComponents.of(type);
        if (personal.isEmpty()) {
            return false;
        }
        boolean changed = commentApart(type, tree);
        return customerNamed(personal.get(), tree, aggregate) || changed;
    }

    private boolean commentApart(Class<?> type, ObjectNode tree) {
        JsonNode config = tree.get(ROUTER_CONFIG);
        if (type != SubscriptionImported.class || tree.hasNonNull(COMMENT)
                || !(config instanceof ObjectNode kept) || !kept.has(COMMENT)) {
            return false;
        }
        JsonNode comment = kept.remove(COMMENT);
        tree.put(COMMENT, comment.isTextual() ? comment.textValue() : comment.toString());
        return true;
    }

    private boolean customerNamed(PersonalComponents personal, ObjectNode tree, String subscription) {
        if (!personal.idField().equals(CUSTOMER) || tree.hasNonNull(CUSTOMER)) {
            return false;
        }
        Long customer = jdbc.query("""
                select (convert_from(payload, 'UTF8')::jsonb ->> 'customerId')::bigint from domain_event_entry
                where aggregate_identifier = ? and payload_type = ?""",
                rs -> rs.next() ? rs.getLong(1) : null, subscription, SubscriptionCreated.class.getName());
        if (customer == null) {
            // Never seal with a guessed subject, nor leave the event in clear: the store needs a look first.
            throw new IllegalStateException("an event of subscription " + subscription + " names no customer, and"
                    + " the store holds no SubscriptionCreated to tell it");
        }
        tree.put(CUSTOMER, customer);
        return true;
    }
}
