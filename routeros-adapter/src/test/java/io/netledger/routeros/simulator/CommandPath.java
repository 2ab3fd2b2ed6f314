package io.netledger.routeros.simulator;

/**
 * A command word split the way RouterOS reads it: {@code /ppp/secret/add} is the command
 * {@code add} of the menu {@code /ppp/secret}; {@code /login} is {@code login} at the top.
 */
record CommandPath(String menu, String command) {

    static CommandPath of(String word) {
        int last = word.lastIndexOf('/');
        return new CommandPath(word.substring(0, last), word.substring(last + 1));
    }
}
