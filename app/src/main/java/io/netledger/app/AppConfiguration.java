package io.netledger.app;

import io.netledger.api.IspCalendar;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NetLedgerProperties.class)
class AppConfiguration {

    /** The one calendar every rule reads "today" from: WIB unless the ISP keeps its books elsewhere. */
    @Bean
    IspCalendar ispCalendar(@Value("${netledger.isp-zone:Asia/Jakarta}") ZoneId zone) {
        return new IspCalendar(zone, Clock.systemUTC());
    }
}
