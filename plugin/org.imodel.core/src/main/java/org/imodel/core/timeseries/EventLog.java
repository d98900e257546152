package org.imodel.core.timeseries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects per-cycle events (drops and oddities) by reason so that the QC gets one line per reason, with the
 * count, the first cycles and one example, instead of one warning per cycle.
 */
final class EventLog {

    private static final int EXAMPLES = 6;

    private static final class Entry {
        int count;
        final List<String> cycles = new ArrayList<>();
        String detail;
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    void add(String reason, int cycle, String detail) {
        Entry e = entries.computeIfAbsent(reason, k -> new Entry());
        e.count++;
        if (e.cycles.size() < EXAMPLES) {
            e.cycles.add(Integer.toString(cycle));
        }
        if (e.detail == null) {
            e.detail = detail;
        }
    }

    int count(String reason) {
        Entry e = entries.get(reason);
        return e == null ? 0 : e.count;
    }

    /** @return one text per reason: "reason: N cycle(s) (cycles 1, 2, ...), e.g. detail" */
    List<String> summaries(String suffix) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Entry> me : entries.entrySet()) {
            Entry e = me.getValue();
            out.add(me.getKey() + suffix + ": " + e.count + " cycle(s) (cycle " + String.join(", ", e.cycles)
                    + (e.count > e.cycles.size() ? ", ..." : "") + ")" + (e.detail == null ? "" : "; e.g. "
                            + e.detail));
        }
        return out;
    }
}
