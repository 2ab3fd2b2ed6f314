package io.netledger.api.personal;

/** The people NetLedger holds data about, each with a data key of their own. */
public enum SubjectKind {
    /** A customer of the ISP: his details, networks, invoice notes. */
    CUSTOMER,
    /** A login (staff, administrator, or a customer's portal account): its name, email and profile. */
    USER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
