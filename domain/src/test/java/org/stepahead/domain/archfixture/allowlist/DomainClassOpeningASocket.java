package org.stepahead.domain.archfixture.allowlist;

import java.io.IOException;
import java.net.Socket;

/** Architecture fixture: a domain class that opens a network connection. */
public class DomainClassOpeningASocket {

    public boolean reachable(String host) throws IOException {
        try (Socket socket = new Socket(host, 80)) {
            return socket.isConnected();
        }
    }
}
