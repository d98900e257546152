package org.imodel.core.datasets;

/**
 * Options of the published-dataset reader.
 *
 * @param family format to use for every file, or null to detect it from each file's header
 * @param ulDecodedChargeRate for UL files: replace the published Charge_Current values (code/10, so 0.25C reads
 *        2.5 and 1C reads 0.1) by the C-rate decoded from the file name. Off by default, because models trained
 *        on the published data depend on the published values
 * @param skipBadRows leave out rows with a malformed value or one that breaks a {@link
 *        org.imodel.core.qc.ValuePolicy} rule (counted in the QC report by reason, the first few named) instead of
 *        stopping at the first one
 */
public record ReadOptions(DatasetFamily family, boolean ulDecodedChargeRate, boolean skipBadRows) {

    /** Detect formats, keep published UL charge values, stop at the first bad row. */
    public static final ReadOptions DEFAULTS = new ReadOptions(null, false, false);
}
