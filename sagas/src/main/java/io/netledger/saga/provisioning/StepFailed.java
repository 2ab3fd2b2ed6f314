package io.netledger.saga.provisioning;

import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterUnavailable;
import java.util.Locale;

/** A step of router work that failed, named for staff ({@code ensure_ppp_secret}), with the router's failure. */
final class StepFailed extends Exception {

    private final String step;
    private final transient RouterFailure failure;

    StepFailed(String step, RouterFailure failure) {
        super(step + ": " + failure.getMessage(), failure);
        this.step = step;
        this.failure = failure;
    }

    String step() {
        return step;
    }

    /** Whether waiting may help: the router could not be reached, as opposed to it refusing. */
    boolean mayPass() {
        return failure instanceof RouterUnavailable;
    }

    String error() {
        String reason = failure.reason().name().toLowerCase(Locale.ROOT);
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        String text = reason + ": " + message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
