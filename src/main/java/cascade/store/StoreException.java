package cascade.store;

/**
 * The store could not be opened, could not create a run, or could not be read. Not used for the records of
 * a running run: those failures are counted by the {@link RunRecorder}, never thrown at the engine.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
