package io.netledger.query.customer;

import io.netledger.api.customer.CustomerDetailsChanged;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.customer.CustomerPage;
import io.netledger.api.customer.CustomerReactivated;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import io.netledger.api.customer.CustomerView;
import io.netledger.api.customer.FindCustomer;
import io.netledger.api.customer.FindCustomers;
import io.netledger.query.Pages;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Owns {@code customers}. */
@Component
@ProcessingGroup("customers")
class CustomerProjection {

    private final CustomerRows rows;

    CustomerProjection(CustomerRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(CustomerRegistered event, @Timestamp Instant at, @SequenceNumber long version) {
        CustomerRow row = new CustomerRow(event.customerId(), event.customerCode(), event.registrationDate(), at);
        row.apply(event.details());
        row.touched(at, version);
        rows.save(row);
    }

    @EventHandler
    void on(CustomerDetailsChanged event, @Timestamp Instant at, @SequenceNumber long version) {
        update(event.customerId(), at, version, row -> row.apply(event.details()));
    }

    @EventHandler
    void on(CustomerSuspended event, @Timestamp Instant at, @SequenceNumber long version) {
        update(event.customerId(), at, version, row -> row.setStatus(CustomerStatus.SUSPENDED));
    }

    @EventHandler
    void on(CustomerReactivated event, @Timestamp Instant at, @SequenceNumber long version) {
        update(event.customerId(), at, version, row -> row.setStatus(CustomerStatus.ACTIVE));
    }

    @EventHandler
    void on(CustomerTerminated event, @Timestamp Instant at, @SequenceNumber long version) {
        update(event.customerId(), at, version, row -> row.setStatus(CustomerStatus.TERMINATED));
    }

    @EventHandler
    void on(CustomerErased event, @Timestamp Instant at, @SequenceNumber long version) {
        update(event.customerId(), at, version, CustomerRow::erase);
    }

    /** A customer's row is keyed by his aggregate's id: a batch's rows come in one query (a replay's batches are full). */
    private void update(long customerId, Instant at, long version, java.util.function.Consumer<CustomerRow> change) {
        rows.loadBatch();
        rows.update(customerId, at, version, change);
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    @QueryHandler
    Optional<CustomerView> handle(FindCustomer query) {
        return rows.findById(query.customerId()).map(CustomerRow::view);
    }

    @QueryHandler
    CustomerPage handle(FindCustomers query) {
        Page<CustomerRow> page = rows.findAll(CustomerFilter.of(query), Pages.pageable(query.page()));
        return new CustomerPage(page.map(CustomerRow::view).getContent(), Pages.metadata(page));
    }
}
