package io.netledger.command.payment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payment room's own settings and gateway clients. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

    @Bean
    PaymentGateways paymentGateways(PaymentProperties properties) {
        return new PaymentGateways(properties);
    }
}
