package org.stepahead.domain.archfixture.allowlist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Architecture fixture: a domain class that reads a file through java.nio.file. */
public class DomainClassReadingAFile {

    public String read(Path path) throws IOException {
        return Files.readString(path);
    }
}
