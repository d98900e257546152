package org.imodel.core.features;

import java.util.Locale;

/**
 * Which rows of a cell start a prediction window of horizon P (imodel-method.md &sect;2.1). Row indices count the
 * cell's rows in file order, not cycle numbers. A window starting at row r covers rows r .. r+P-1.
 */
public enum StartRule {

    /** The reference's UL loader: rows 0 .. N-P-1 (N-P windows; the last row never ends a window). */
    UL,
    /** The reference's LSD loader: rows 1 .. N-P (N-P windows; row 0 is skipped). */
    LSD,
    /** The reference's TPSL loader: rows 0 .. 18 only (19 windows from the health-check cycles); needs N &ge; P+18. */
    TPSL,
    /** Every complete window: rows 0 .. N-P (N-P+1 windows). Not a reference rule; for other data. */
    ALL;

    /** Windows per cell under {@link #TPSL}. */
    public static final int TPSL_WINDOWS = 19;

    /**
     * @param family family as in {@code CycleRecord.family()}
     * @return the reference rule of that family: UL for names starting with "UL", LSD, TPSL for names starting with
     *         "TPSL", and {@link #ALL} for anything else
     */
    public static StartRule forFamily(String family) {
        String f = family == null ? "" : family.strip().toUpperCase(Locale.ROOT);
        if (f.startsWith("UL")) {
            return UL;
        }
        if (f.equals("LSD")) {
            return LSD;
        }
        if (f.startsWith("TPSL")) {
            return TPSL;
        }
        return ALL;
    }

    /**
     * @param rows rows of the cell (N)
     * @param horizon P
     * @return first start row
     */
    public int firstStart(int rows, int horizon) {
        return this == LSD ? 1 : 0;
    }

    /**
     * @param rows rows of the cell (N)
     * @param horizon P
     * @return last start row (inclusive); below {@link #firstStart} when the cell gives no window
     */
    public int lastStart(int rows, int horizon) {
        switch (this) {
            case UL:
                return rows - horizon - 1;
            case LSD:
            case ALL:
                return rows - horizon;
            case TPSL:
                return rows >= horizon + TPSL_WINDOWS - 1 ? TPSL_WINDOWS - 1 : -1;
            default:
                throw new IllegalStateException(name());
        }
    }

    /**
     * @param rows rows of the cell (N)
     * @param horizon P
     * @return windows the cell gives (0 when too short)
     */
    public int windowCount(int rows, int horizon) {
        return Math.max(0, lastStart(rows, horizon) - firstStart(rows, horizon) + 1);
    }

    /**
     * @param rows rows of the cell
     * @param horizon P
     * @return why the cell gives no window
     */
    String tooShortReason(int rows, int horizon) {
        switch (this) {
            case UL:
            case LSD:
                return rows + " rows: the reference's " + name() + " windows need more than the horizon of " + horizon
                        + " rows (N-P windows)" + (rows < horizon ? "; the reference loader fails on such a cell" : "");
            case TPSL:
                return rows + " rows: the 19 TPSL windows (start rows 0-18) need at least " + (horizon + 18)
                        + " rows for a horizon of " + horizon + "; the reference loader fails on such a cell";
            default:
                return rows + " rows: a window needs at least the horizon of " + horizon + " rows";
        }
    }
}
