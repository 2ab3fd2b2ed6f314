package io.netledger.command.customer;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.CustomerCode;
import io.netledger.api.Dates;
import io.netledger.api.Email;
import io.netledger.api.PhoneNumber;
import io.netledger.api.RuleViolation;
import io.netledger.api.Text;
import io.netledger.api.customer.ChangeCustomerDetails;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.RegisterCustomer;
import io.netledger.api.setting.DefaultSettings;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.setting.SettingLookup;
import java.time.LocalDate;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registers customers and changes their contact details, holding what must be unique
 * across all customers: the customer code, and the email when there is one. Claims are
 * written in the command's transaction, so two simultaneous registrations cannot both
 * take one email.
 */
@Component
public class CustomerCreation {

    static final String CODE_SCOPE = "customer.code";
    static final String EMAIL_SCOPE = "customer.email";
    static final int MAX_NOTES = 10_000;

    private final Repository<Customer> customers;
    private final UniqueClaims claims;
    private final SettingLookup settings;
    private final JdbcTemplate jdbc;

    CustomerCreation(Repository<Customer> customers, UniqueClaims claims, SettingLookup settings,
            JdbcTemplate jdbc) {
        this.customers = customers;
        this.claims = claims;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Answers the customer code, which may have been generated here. */
    @CommandHandler
    String handle(RegisterCustomer command) throws Exception {
        return register(command.customerId(), command.customerCode(), command.details(), command.registrationDate());
    }

    /**
     * Registers a customer in the caller's unit of work, with the same rules and claims as {@link RegisterCustomer}:
     * a router import registers each customer in the transaction that creates his subscription.
     *
     * @param customerCode the code to keep, or null for the next one
     * @return the customer code
     */
    public String register(long customerId, String customerCode, CustomerDetails given, LocalDate registrationDate)
            throws Exception {
        check(registrationDate != null, "registrationDate is required");
        Dates.within("registrationDate", registrationDate);
        CustomerDetails details = normalised(given);
        String code = CustomerCode.of(customerCode == null || customerCode.isBlank() ? nextCode() : customerCode)
                .value();
        claims.claim(CODE_SCOPE, code, customerId, "customerCode " + code + " is already taken");
        if (details.email() != null) {
            claimEmail(details.email(), customerId);
        }
        customers.newInstance(() -> new Customer(customerId, code, details, registrationDate));
        return code;
    }

    @CommandHandler
    long handle(ChangeCustomerDetails command) {
        CustomerDetails details = normalised(command.details());
        Aggregate<Customer> customer = customers.load(String.valueOf(command.customerId()), command.expectedVersion());
        String formerEmail = customer.invoke(Customer::details).email();
        if (!Objects.equals(formerEmail, details.email())) {
            if (details.email() != null) {
                claimEmail(details.email(), command.customerId());
            }
            if (formerEmail != null) {
                claims.releasePersonal(EMAIL_SCOPE, formerEmail, command.customerId());
            }
        }
        return customer.invoke(c -> c.change(details));
    }

    private void claimEmail(String email, long customerId) {
        claims.claimPersonal(EMAIL_SCOPE, email, customerId,
                "email " + email + " belongs to another customer");
    }

    /** The next code in the format the {@code customer.code_format} setting has now. */
    private String nextCode() {
        String format = settings.currentValue(DefaultSettings.CUSTOMER_CODE_FORMAT);
        long number = jdbc.queryForObject("select nextval('customer_code_seq')", Long.class);
        try {
            return String.format(Locale.ROOT, format, number);
        } catch (IllegalFormatException e) {
            throw new RuleViolation("the setting " + DefaultSettings.CUSTOMER_CODE_FORMAT
                    + " must hold one number placeholder such as CUST-%06d: " + format);
        }
    }

    static CustomerDetails normalised(CustomerDetails d) {
        check(d != null && d.name() != null, "name is required");
        Text.line("name", d.name(), 255);
        String email = d.email() == null ? null : Email.of(d.email()).value();
        String phone;
        try {
            phone = d.phone() == null ? null : PhoneNumber.normalise(d.phone());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        Text.lines("address", d.address(), 500);
        Text.line("city", d.city(), 100);
        Text.line("province", d.province(), 100);
        Text.line("postalCode", d.postalCode(), 16);
        Text.lines("notes", d.notes(), MAX_NOTES);
        Text.json("metadata", d.metadata());
        return d.withContact(email, phone);
    }
}
