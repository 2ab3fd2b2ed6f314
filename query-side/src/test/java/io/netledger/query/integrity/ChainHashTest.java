package io.netledger.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** The canonical bytes of ADR 0016, built here by hand from the definition and compared. */
class ChainHashTest {

    static final StoredEvent REGISTERED = new StoredEvent(42, "5f1c0b7e-4f7d-4ac2-9d4e-0d1c2b3a4f5e", "721839405839204",
            "Customer", 0, "io.netledger.api.customer.CustomerRegistered", null, "2026-12-07T08:15:30.123Z",
            "{\"name\":\"sealed:AAEC\"}".getBytes(StandardCharsets.UTF_8),
            "{\"userId\":\"1\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void aLinkIsSha256OverThePreviousHashAndLengthPrefixedFieldsInTheirOrder() throws Exception {
        byte[] previous = new byte[32];
        previous[31] = 7;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(previous);
        for (String field : new String[] {"42", REGISTERED.eventId(), REGISTERED.aggregateId(), "Customer", "0",
                REGISTERED.payloadType()}) {
            field(bytes, field.getBytes(StandardCharsets.UTF_8));
        }
        field(bytes, null);
        field(bytes, REGISTERED.timestamp().getBytes(StandardCharsets.UTF_8));
        field(bytes, REGISTERED.payload());
        field(bytes, REGISTERED.metaData());

        assertThat(new ChainHash().link(previous, REGISTERED))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    @Test
    void theLengthsKeepFieldsApartAndAbsentIsNotEmpty() {
        ChainHash hash = new ChainHash();
        byte[] link = hash.link(ChainHash.GENESIS, REGISTERED);
        StoredEvent shifted = new StoredEvent(42, REGISTERED.eventId(), "72183940583920", "4Customer", 0,
                REGISTERED.payloadType(), null, REGISTERED.timestamp(), REGISTERED.payload(), REGISTERED.metaData());
        StoredEvent emptyRevision = new StoredEvent(42, REGISTERED.eventId(), REGISTERED.aggregateId(), "Customer", 0,
                REGISTERED.payloadType(), "", REGISTERED.timestamp(), REGISTERED.payload(), REGISTERED.metaData());
        StoredEvent noMetaData = new StoredEvent(42, REGISTERED.eventId(), REGISTERED.aggregateId(), "Customer", 0,
                REGISTERED.payloadType(), null, REGISTERED.timestamp(), REGISTERED.payload(), null);
        StoredEvent emptyMetaData = new StoredEvent(42, REGISTERED.eventId(), REGISTERED.aggregateId(), "Customer", 0,
                REGISTERED.payloadType(), null, REGISTERED.timestamp(), REGISTERED.payload(), new byte[0]);

        assertThat(hash.link(ChainHash.GENESIS, shifted)).isNotEqualTo(link);
        assertThat(hash.link(ChainHash.GENESIS, emptyRevision)).isNotEqualTo(link);
        assertThat(hash.link(ChainHash.GENESIS, noMetaData)).isNotEqualTo(hash.link(ChainHash.GENESIS, emptyMetaData));
        assertThat(hash.link(ChainHash.GENESIS, REGISTERED)).as("the same event, the same link").isEqualTo(link);
    }

    @Test
    void thePrintsSayWhichPartChanged() {
        ChainHash hash = new ChainHash();
        byte[] chained = hash.parts(REGISTERED);
        byte[] payload = REGISTERED.payload().clone();
        payload[3] ^= 1;

        assertThat(ChainHash.changedPart(chained, hash.parts(REGISTERED))).isNull();
        assertThat(ChainHash.changedPart(chained, hash.parts(with(REGISTERED, payload, REGISTERED.metaData(),
                REGISTERED.timestamp(), REGISTERED.sequence())))).isEqualTo(ChainHash.Part.PAYLOAD);
        assertThat(ChainHash.changedPart(chained, hash.parts(with(REGISTERED, REGISTERED.payload(), null,
                REGISTERED.timestamp(), REGISTERED.sequence())))).isEqualTo(ChainHash.Part.METADATA);
        assertThat(ChainHash.changedPart(chained, hash.parts(with(REGISTERED, REGISTERED.payload(),
                REGISTERED.metaData(), "2026-12-07T08:15:31.123Z", REGISTERED.sequence()))))
                .isEqualTo(ChainHash.Part.TIMESTAMP);
        assertThat(ChainHash.changedPart(chained, hash.parts(with(REGISTERED, REGISTERED.payload(),
                REGISTERED.metaData(), REGISTERED.timestamp(), 1)))).isEqualTo(ChainHash.Part.OTHER);
    }

    static StoredEvent with(StoredEvent event, byte[] payload, byte[] metaData, String timestamp, long sequence) {
        return new StoredEvent(event.position(), event.eventId(), event.aggregateId(), event.aggregateType(), sequence,
                event.payloadType(), event.payloadRevision(), timestamp, payload, metaData);
    }

    private static void field(ByteArrayOutputStream bytes, byte[] value) {
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            bytes.writeBytes(value);
        }
    }
}
