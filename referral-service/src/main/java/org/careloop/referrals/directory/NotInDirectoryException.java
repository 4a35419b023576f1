package org.careloop.referrals.directory;

import java.util.UUID;

/** No organization or service with this id in the directory. */
public class NotInDirectoryException extends RuntimeException {

    private final String kind;

    public NotInDirectoryException(String kind, UUID id) {
        super("No " + kind + " " + id + " in the directory");
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
