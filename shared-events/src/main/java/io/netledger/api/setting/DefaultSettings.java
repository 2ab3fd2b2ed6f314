package io.netledger.api.setting;

import java.util.List;

/**
 * The settings every install starts with, read by billing, provisioning and customer
 * registration. Staff change the values; the keys stay.
 */
public final class DefaultSettings {

    public static final String TAX_RATE = "billing.tax_rate";
    public static final String INVOICE_DUE_DAYS = "billing.invoice_due_days";
    public static final String SUSPENSION_GRACE_DAYS = "billing.suspension_grace_days";
    public static final String CUSTOMER_CODE_FORMAT = "customer.code_format";
    public static final String ISOLIR_ADDRESS_LIST = "network.isolir_address_list";
    public static final String SUSPENSION_MODE = "network.suspension_mode";
    public static final String COMPANY_NAME = "company.name";
    /** Months a table's partitions are kept before they are archived and dropped (design document, "Data Archival"). */
    public static final String RETENTION_MONITORING_DATA = "retention.monitoring_data_months";
    public static final String RETENTION_NETWORK_LOGS = "retention.network_logs_months";
    public static final String RETENTION_AUDIT_LOGS = "retention.audit_logs_months";

    private DefaultSettings() {
    }

    public static List<DefineSetting> definitions(java.util.function.LongSupplier ids) {
        return List.of(
                new DefineSetting(ids.getAsLong(), TAX_RATE, "11", SettingType.NUMBER, "billing",
                        "PPN in percent, added to every invoice", true),
                new DefineSetting(ids.getAsLong(), INVOICE_DUE_DAYS, "10", SettingType.NUMBER, "billing",
                        "days from issue to due date", true),
                new DefineSetting(ids.getAsLong(), SUSPENSION_GRACE_DAYS, "3", SettingType.NUMBER, "billing",
                        "days an invoice may be overdue before the subscription is suspended", false),
                new DefineSetting(ids.getAsLong(), CUSTOMER_CODE_FORMAT, "CUST-%06d", SettingType.STRING, "customer",
                        "format of new customer codes; %d is the running number", false),
                new DefineSetting(ids.getAsLong(), ISOLIR_ADDRESS_LIST, "isolir", SettingType.STRING, "network",
                        "firewall address list that redirects suspended customers to the payment page", false),
                new DefineSetting(ids.getAsLong(), SUSPENSION_MODE, "disable", SettingType.STRING, "network",
                        "how a subscription is suspended: disable (the PPP secret) or isolir (address list)",
                        false),
                new DefineSetting(ids.getAsLong(), COMPANY_NAME, "NetLedger ISP", SettingType.STRING, "company",
                        "name shown on invoices and the customer portal", true),
                new DefineSetting(ids.getAsLong(), RETENTION_MONITORING_DATA, "12", SettingType.NUMBER, "retention",
                        "months of monitoring data kept before a month is archived and dropped", false),
                new DefineSetting(ids.getAsLong(), RETENTION_NETWORK_LOGS, "6", SettingType.NUMBER, "retention",
                        "months of network logs kept before a month is archived and dropped", false),
                new DefineSetting(ids.getAsLong(), RETENTION_AUDIT_LOGS, "24", SettingType.NUMBER, "retention",
                        "months of audit logs kept before a quarter is archived and dropped", false));
    }
}
