package io.netledger.saga.provisioning;

import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.HotspotUser;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterRejected;
import io.netledger.saga.PlanOnRouter;
import io.netledger.saga.RouterMark;
import io.netledger.saga.ServiceKind;
import io.netledger.saga.SuspensionPolicy;

/**
 * One subscription's account on its router, and the steps that turn it on, off or away. Every step is one of
 * the gateway's idempotent calls, so a whole operation can be run again after any step failed; a failed step
 * is reported with its name for the saga's retry and for staff.
 *
 * @param address the customer's primary IP, or null when the subscription has none (PPPoE from a pool)
 */
record AccountOnRouter(RouterGateway router, RouterLogin nas, String username, EncryptedPassword password,
                       String address, PlanOnRouter plan, SuspensionPolicy policy) {

    /** Service on: the plan's limit, the account enabled, off the isolir list. Answers the router's id for it. */
    RouterItemId turnOn() throws StepFailed {
        RouterItemId id = switch (plan.service()) {
            case PPPOE -> {
                step("ensure_ppp_profile", () -> {
                    router.ensurePppProfile(nas, plan.profile(), plan.rateLimit());
                    return null;
                });
                yield step("ensure_ppp_secret", () -> router.ensurePppSecret(nas, secret(false)));
            }
            case HOTSPOT -> step("ensure_hotspot_user", () -> router.ensureHotspotUser(nas, hotspotUser()));
            case STATIC -> {
                String target = requireAddress("ensure_simple_queue");
                step("ensure_simple_queue", () -> {
                    router.ensureSimpleQueue(nas, username, target, plan.rateLimit());
                    return null;
                });
                yield null;
            }
        };
        if (address != null) {
            step("remove_isolir_entry", () -> {
                router.removeAddressListEntry(nas, policy.isolirList(), address);
                return null;
            });
        }
        return id;
    }

    /** Service on after a change (plan, password, address): live PPP sessions are ended so it takes effect. */
    RouterItemId turnOnAgain() throws StepFailed {
        RouterItemId id = turnOn();
        if (plan.service() == ServiceKind.PPPOE) {
            kick();
        }
        return id;
    }

    /**
     * Service off. In isolir mode (and always for a static IP, which has no account to disable) the customer's
     * IP goes on the isolir list and the account stays, so the browser lands on the payment page; otherwise
     * the account is disabled (a hotspot user, which cannot be, is removed) and live sessions ended. Without
     * an IP there is nothing to isolate, so the account is disabled instead.
     */
    void turnOff() throws StepFailed {
        boolean isolate = address != null && (policy.isolir() || plan.service() == ServiceKind.STATIC);
        if (isolate) {
            step("add_isolir_entry", () -> {
                router.ensureAddressListEntry(nas, policy.isolirList(), address, RouterMark.isolirComment(username));
                return null;
            });
            return;
        }
        switch (plan.service()) {
            case PPPOE -> {
                step("ensure_ppp_profile", () -> {
                    router.ensurePppProfile(nas, plan.profile(), plan.rateLimit());
                    return null;
                });
                step("disable_ppp_secret", () -> router.ensurePppSecret(nas, secret(true)));
                kick();
            }
            case HOTSPOT -> step("remove_hotspot_user", () -> {
                router.removeHotspotUser(nas, username);
                return null;
            });
            case STATIC -> requireAddress("add_isolir_entry");
        }
    }

    /** Nothing of the subscription left on the router: secret, sessions, queue, isolir entry, hotspot user. */
    void remove() throws StepFailed {
        step("remove_ppp_secret", () -> {
            router.removePppSecret(nas, username);
            return null;
        });
        kick();
        step("remove_simple_queue", () -> {
            router.removeSimpleQueue(nas, username);
            return null;
        });
        if (address != null) {
            step("remove_isolir_entry", () -> {
                router.removeAddressListEntry(nas, policy.isolirList(), address);
                return null;
            });
        }
        step("remove_hotspot_user", () -> {
            router.removeHotspotUser(nas, username);
            return null;
        });
    }

    private void kick() throws StepFailed {
        step("kick_sessions", () -> router.kickActiveSessions(nas, username));
    }

    private PppSecret secret(boolean disabled) {
        return new PppSecret(username, password, plan.profile(), null, address, RouterMark.COMMENT, disabled);
    }

    private HotspotUser hotspotUser() {
        return new HotspotUser(username, password, plan.profile(), null, null);
    }

    private String requireAddress(String step) throws StepFailed {
        if (address == null) {
            throw new StepFailed(step, new RouterRejected("a static-IP plan needs an IP address on the subscription"));
        }
        return address;
    }

    private static <T> T step(String name, RouterCall<T> call) throws StepFailed {
        try {
            return call.run();
        } catch (RouterFailure failure) {
            throw new StepFailed(name, failure);
        }
    }

    @FunctionalInterface
    private interface RouterCall<T> {
        T run() throws RouterFailure;
    }
}
