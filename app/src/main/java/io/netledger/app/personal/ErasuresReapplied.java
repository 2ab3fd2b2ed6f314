package io.netledger.app.personal;

import io.netledger.api.customer.EraseCustomer;
import io.netledger.command.personal.ErasureLedger;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, before the application reports itself ready: erasures the ledger knows and the database does not (it was restored
 * from a backup older than them) are applied again, so a restore never brings a forgotten customer back; and
 * erasures the ledger lacks (its line lost to a crash) are written to it.
 */
@Component
@Order(0)
class ErasuresReapplied implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ErasuresReapplied.class);

    private final ErasureLedger ledger;
    private final CommandGateway commands;

    ErasuresReapplied(ErasureLedger ledger, CommandGateway commands) {
        this.ledger = ledger;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ErasureLedger.Entry> lost = ledger.notInDatabase();
        for (ErasureLedger.Entry entry : lost) {
            try {
                commands.sendAndWait(new EraseCustomer(entry.id(), entry.reason(), true),
                        MetaData.with("userAgent", "netledger/erasure-ledger"));
            } catch (AggregateNotFoundException notYetRegistered) {
                // The backup is older than the customer himself: nothing of his is held to erase.
                log.info("Customer {} of the erasure ledger is not in this database; nothing to erase", entry.id());
            }
        }
        if (!lost.isEmpty()) {
            log.warn("Re-applied {} erasure(s) from the ledger {} that the database did not hold (restored from an"
                    + " older backup?)", lost.size(), ledger.file());
        }
        int written = ledger.addMissing();
        if (written > 0) {
            log.warn("Wrote {} erasure(s) to the ledger {} that it lacked", written, ledger.file());
        }
    }
}
