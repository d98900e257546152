package org.imodel.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.imodel.core.progress.CancelledException;
import org.imodel.core.progress.Progress;

/**
 * A progress for tests: keeps every message and fraction and, once a message matches the given condition, cancels (the next
 * {@link #checkCancelled()} throws) and remembers when.
 */
public final class RecordingProgress implements Progress {

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<Double> fractions = new CopyOnWriteArrayList<>();
    private final Predicate<String> cancelOn;
    private volatile long cancelledAt;

    /** Records only; never cancels. */
    public RecordingProgress() {
        this(m -> false);
    }

    /** @param cancelOn cancels from the first message for which this is true on */
    public RecordingProgress(Predicate<String> cancelOn) {
        this.cancelOn = cancelOn;
    }

    @Override
    public void report(double fraction, String message) {
        messages.add(message);
        fractions.add(fraction);
        if (cancelledAt == 0 && cancelOn.test(message)) {
            cancelledAt = System.nanoTime();
        }
    }

    @Override
    public void checkCancelled() throws CancelledException {
        if (cancelledAt != 0) {
            throw new CancelledException("cancelled by the test");
        }
    }

    /** @return the messages so far, in order */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** @return the reported fractions so far, in order (one per message) */
    public List<Double> fractions() {
        return List.copyOf(fractions);
    }

    /** @return {@link System#nanoTime()} when cancelling began, 0 before */
    public long cancelledAt() {
        return cancelledAt;
    }
}
