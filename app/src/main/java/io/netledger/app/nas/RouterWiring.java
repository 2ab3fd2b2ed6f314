package io.netledger.app.nas;

import io.netledger.api.secret.Sealed;
import io.netledger.api.secret.SecretCipher;
import io.netledger.routeros.mikrotik.MikrotikRouterGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RouterOS adapter, opening router passwords with the master key only as it logs in. */
@Configuration(proxyBeanMethods = false)
class RouterWiring {

    @Bean(destroyMethod = "close")
    MikrotikRouterGateway routerGateway(SecretCipher secrets) {
        return new MikrotikRouterGateway(password -> secrets.open(new Sealed(password.ciphertext())));
    }
}
