package io.netledger.app.security;

/** Wrong email, wrong password or a deactivated account: the client is not told which. */
public class LoginRefused extends RuntimeException {

    public LoginRefused() {
        super("invalid email or password");
    }
}
