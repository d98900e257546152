package org.imodel.core.timeseries;

/**
 * Time steps between consecutive samples, robust to time going backwards. A sample whose time is below the
 * previous one is a glitch (its step is 0) when the next sample returns to the old timeline (Neware "time bug":
 * the first sample of every step reads 0), and a restart when the next sample continues from the low time
 * (concatenated files): steps then continue on the new timeline.
 */
final class TimeStepper {

    private double lastGood = Double.NaN;
    private double lastRaw = Double.NaN;
    private boolean previousGlitch;
    private long glitches;
    private long restarts;
    private long firstGlitchLine;
    private double glitchFrom;
    private double glitchTo;

    /**
     * @param t the sample's time (s)
     * @param line its line, for the QC
     * @return the time since the previous sample (s), never negative
     */
    double step(double t, long line) {
        if (Double.isNaN(lastGood)) {
            lastGood = t;
            lastRaw = t;
            return 0;
        }
        double dt;
        if (t >= lastGood) {
            dt = t - lastGood;
            lastGood = t;
            previousGlitch = false;
        } else if (previousGlitch && t >= lastRaw) {
            dt = t - lastRaw;
            lastGood = t;
            previousGlitch = false;
            restarts++;
        } else {
            dt = 0;
            if (glitches == 0) {
                firstGlitchLine = line;
                glitchFrom = lastGood;
                glitchTo = t;
            }
            glitches++;
            previousGlitch = true;
        }
        lastRaw = t;
        return dt;
    }

    /** @return a QC warning, or null when time always increased */
    String warning() {
        if (glitches == 0) {
            return null;
        }
        return "the time goes backwards at " + glitches + " sample(s) (first at line " + firstGlitchLine + ": "
                + ReadAhead.fmt(glitchTo) + " s after " + ReadAhead.fmt(glitchFrom) + " s); such samples add no"
                + " time to the integrals" + (restarts > 0 ? ", and " + restarts + " time restart(s) continue from"
                        + " the new time" : " (the next sample returned to the previous timeline)");
    }
}
