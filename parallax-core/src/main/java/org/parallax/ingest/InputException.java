package org.parallax.ingest;

/** An input that cannot be read as a document; the message says why, in words for the user. */
final class InputException extends Exception {
    InputException(String message) {
        super(message);
    }
}
