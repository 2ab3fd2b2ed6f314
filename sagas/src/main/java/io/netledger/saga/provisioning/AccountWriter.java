package io.netledger.saga.provisioning;

import io.netledger.api.provisioning.RouterOperation;
import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterLogin;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.PlanOnRouter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Carries out one attempt of router work for the provisioning saga: looks the NAS and plan up, keeps away from
 * a router that did not answer a moment ago, takes a stale isolir entry away, and runs the account's steps.
 * It decides nothing about the books; the saga does.
 */
final class AccountWriter {

    /** What an attempt left on the router: the router's id for the account (or null) and the settings written. */
    record Written(OnRouter onRouter, RouterItemId id, Map<String, Object> config) {
    }

    private final RouterGateway router;
    private final NetworkCatalogue catalogue;
    private final RouterOutages outages;

    AccountWriter(RouterGateway router, NetworkCatalogue catalogue, RouterOutages outages) {
        this.router = router;
        this.catalogue = catalogue;
        this.outages = outages;
    }

    boolean managesAccounts(long nasServerId) {
        return catalogue.managesAccounts(nasServerId);
    }

    /** Brings the account to what {@code operation} asks; {@code now}: what the router holds before. */
    Written write(RouterOperation operation, AccountInBooks books, OnRouter now) throws StepFailed {
        AccountOnRouter account = null;
        try {
            account = account(books, true);
            Written written = switch (operation) {
                case PROVISION, RESTORE -> written(OnRouter.ENABLED, account.turnOn(), account);
                case SUSPEND -> {
                    account.turnOff();
                    yield written(OnRouter.DISABLED, null, account);
                }
                case TERMINATE -> {
                    account.remove();
                    yield written(OnRouter.REMOVED, null, account);
                }
                case CHANGE_PLAN, SYNC -> {
                    if (now == OnRouter.ENABLED) {
                        yield written(now, account.turnOnAgain(), account);
                    }
                    account.turnOff();
                    yield written(now, null, account);
                }
            };
            outages.up(account.nas());
            return written;
        } catch (StepFailed failure) {
            if (account != null && failure.mayPass()) {
                outages.down(account.nas());
            }
            throw failure;
        }
    }

    /**
     * Switches the account off after a failed attempt turned it on. One try even if the router just failed: one
     * call of the attempt may fail where the next succeeds.
     */
    void switchOff(AccountInBooks books) throws StepFailed {
        account(books, false).turnOff();
    }

    private AccountOnRouter account(AccountInBooks books, boolean unlessRecentlyDown) throws StepFailed {
        PlanOnRouter plan;
        RouterLogin nas;
        try {
            plan = catalogue.plan(books.servicePlanId()).underFairUsage(books.fairUsage());
            nas = catalogue.nas(books.nasServerId());
        } catch (RouterFailure failure) {
            throw new StepFailed("look_up_nas_and_plan", failure);
        }
        if (unlessRecentlyDown) {
            try {
                outages.checkReachable(nas);
            } catch (RouterFailure failure) {
                throw new StepFailed("reach_router", failure);
            }
        }
        AccountOnRouter account = new AccountOnRouter(router, nas, books.username(),
                new EncryptedPassword(books.encryptedPassword()), books.address(), plan, catalogue.suspension());
        if (books.staleAddress() != null) {
            try {
                router.removeAddressListEntry(nas, account.policy().isolirList(), books.staleAddress());
            } catch (RouterFailure failure) {
                throw new StepFailed("remove_old_isolir_entry", failure);
            }
        }
        return account;
    }

    private static Written written(OnRouter onRouter, RouterItemId id, AccountOnRouter account) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("service", account.plan().service().name().toLowerCase(Locale.ROOT));
        config.put("profile", account.plan().profile());
        config.put("rateLimit", account.plan().rateLimit().toRouterOs());
        return new Written(onRouter, id, config);
    }
}
