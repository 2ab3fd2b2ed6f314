package io.netledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.query.history.ReceivablesReport.Bucket;
import org.junit.jupiter.api.Test;

class ReceivablesBucketTest {

    @Test
    void anInvoiceIsAgedByWholeDaysPastItsDueDate() {
        assertThat(Bucket.of(-5)).isEqualTo(Bucket.CURRENT);
        assertThat(Bucket.of(0)).isEqualTo(Bucket.CURRENT);
        assertThat(Bucket.of(1)).isEqualTo(Bucket.DAYS_1_30);
        assertThat(Bucket.of(30)).isEqualTo(Bucket.DAYS_1_30);
        assertThat(Bucket.of(31)).isEqualTo(Bucket.DAYS_31_60);
        assertThat(Bucket.of(60)).isEqualTo(Bucket.DAYS_31_60);
        assertThat(Bucket.of(61)).isEqualTo(Bucket.DAYS_61_90);
        assertThat(Bucket.of(90)).isEqualTo(Bucket.DAYS_61_90);
        assertThat(Bucket.of(91)).isEqualTo(Bucket.OVER_90);
    }
}
