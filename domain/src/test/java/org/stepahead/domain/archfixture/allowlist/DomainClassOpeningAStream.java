package org.stepahead.domain.archfixture.allowlist;

import java.io.FileInputStream;
import java.io.IOException;

/** Architecture fixture: a domain class that opens a java.io file stream. */
public class DomainClassOpeningAStream {

    public int firstByte(String file) throws IOException {
        try (FileInputStream in = new FileInputStream(file)) {
            return in.read();
        }
    }
}
