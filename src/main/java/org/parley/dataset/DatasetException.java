package org.parley.dataset;

/** A dataset file that cannot be loaded; the message names the file, the record and the field. */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
