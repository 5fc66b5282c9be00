package fi.turvaverkko.signals.internal;

/** An upload larger than {@code turvaverkko.signals.max-upload-bytes}: nothing of it is kept (413 on the API). */
public class SignalImportTooLarge extends RuntimeException {

    private final long limit;

    public SignalImportTooLarge(long limit) {
        super("The upload is larger than " + limit + " bytes (" + (limit / (1024 * 1024)) + " MB), the most an import takes; "
                + "nothing was imported. Split the file and send the parts one at a time.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    public long megabytes() {
        return limit / (1024 * 1024);
    }
}
