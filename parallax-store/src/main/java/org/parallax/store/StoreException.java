package org.parallax.store;

/** The store cannot do what was asked; the message names the file and the cause. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
