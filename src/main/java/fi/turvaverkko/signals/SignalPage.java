package fi.turvaverkko.signals;

import java.util.List;

/** One page of signals, with the number of all signals that match (and that the reader may see). */
public record SignalPage(List<SignalView> signals, long total, int page, int size) {

    public SignalPage {
        signals = List.copyOf(signals);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
