package org.stepahead.application.port.in.account;

/** Read model: an account with the hash of its password, for the adapter that checks a password at sign-in. */
public record AccountCredentials(AccountView account, String passwordHash) {

    @Override
    public String toString() {
        return "AccountCredentials[" + account + ", passwordHash=<hidden>]";
    }
}
