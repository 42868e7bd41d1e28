package org.stepahead.application.port.in.account;

/** Read model: a token just issued, with its value — shown this once and never again (only its hash is stored). */
public record IssuedApiToken(ApiTokenView token, String value) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token + ", value=<hidden>]";
    }
}
