package io.netledger.app.personal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.personal.Fingerprints;
import io.netledger.api.secret.SecretCipher;
import io.netledger.app.NetLedgerProperties;
import io.netledger.command.personal.DataKeys;
import io.netledger.command.personal.ErasureLedger;
import io.netledger.command.personal.PersonalFields;
import io.netledger.command.personal.SealingSerializer;
import io.netledger.command.personal.SubjectFingerprints;
import java.time.Clock;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data sealed in the event store (docs/adr/0015): Axon's event serializer is the Jackson one
 * with each subject's personal fields sealed under its own data key. It takes the place of the one Axon
 * would build from {@code axon.serializer.events}, so the event store and dead letters both use it.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    DataKeys dataKeys(JdbcTemplate jdbc, SecretCipher secretCipher) {
        return new DataKeys(jdbc, secretCipher, Clock.systemUTC());
    }

    @Bean
    ErasureLedger erasureLedger(NetLedgerProperties properties,
            @Qualifier("defaultAxonObjectMapper") ObjectMapper json, DataKeys dataKeys) {
        return new ErasureLedger(properties.erasureLedger(), json, dataKeys);
    }

    @Bean
    Fingerprints fingerprints(DataKeys dataKeys) {
        return new SubjectFingerprints(dataKeys);
    }

    @Bean
    PersonalFields personalFields(DataKeys dataKeys, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        return new PersonalFields(dataKeys, json);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("messageSerializer") Serializer messageSerializer,
            @Qualifier("defaultAxonObjectMapper") ObjectMapper json, PersonalFields personalFields) {
        return new SealingSerializer(messageSerializer, json, personalFields);
    }
}
