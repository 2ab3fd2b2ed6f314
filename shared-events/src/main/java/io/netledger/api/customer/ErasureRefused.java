package io.netledger.api.customer;

import io.netledger.api.RuleViolation;
import java.util.List;

/** A customer cannot be erased yet; {@code obstacles} says what stands in the way, one line each. */
public class ErasureRefused extends RuleViolation {

    private final transient List<String> obstacles;

    public ErasureRefused(long customerId, List<String> obstacles) {
        super("customer " + customerId + " cannot be erased yet: " + String.join("; ", obstacles));
        this.obstacles = List.copyOf(obstacles);
    }

    public List<String> obstacles() {
        return obstacles;
    }
}
