package org.imodel.core.sim;

/**
 * Parameters of the empirical ageing and equivalent-circuit model of {@link CellSimulator} (the equations are in
 * that class's documentation). {@link #DEFAULTS} describe an 18650 NCA-like cell that, at 25 &deg;C, 0.5C charge and
 * 1C discharge, loses about 10 % of its capacity in 200 cycles and then bends into a lithium-plating knee between
 * cycles 200 and 250 (about 72 % left at cycle 300), like the UL-NCA cells of the published data. Resistances are
 * given for a 3 Ah cell and are scaled by 3 Ah / nominal capacity, so that a C-rate gives the same polarisation
 * whatever the nominal capacity.
 *
 * @param seiRate calendar/SEI fade coefficient k_SEI: capacity fraction lost per square root of equivalent full
 *        cycle at 25 &deg;C (default 0.004)
 * @param seiActivationEnergy Arrhenius activation energy E_SEI of the SEI term (J/mol); higher temperature ages
 *        faster (default 25000)
 * @param cyclingRate cycling fade coefficient k_cyc: capacity fraction lost per equivalent full cycle at 25 &deg;C,
 *        0.5C charge, 1C discharge (default 1.5e-4)
 * @param cyclingChargeExponent exponent a_c of the charge C-rate in the cycling term (default 1.0)
 * @param cyclingDischargeExponent exponent a_d of the discharge C-rate in the cycling term (default 0.5)
 * @param cyclingActivationEnergy Arrhenius activation energy E_cyc of the cycling term (J/mol) (default 20000)
 * @param kneeOnset knee onset N_k0: equivalent full cycles to the knee (lithium-plating onset) at 25 &deg;C and 0.5C
 *        charge (default 220)
 * @param kneeChargeExponent exponent b_c: the onset scales with (0.5 / charge C-rate)^b_c (default 2.0)
 * @param kneeActivationEnergy activation energy E_k of the onset (J/mol); plating is a low-temperature mechanism, so
 *        the onset comes <em>later</em> at higher temperature (default 50000)
 * @param kneeRate post-knee fade rate k_k: capacity fraction lost per equivalent full cycle once the knee is fully
 *        developed, at 0.5C charge (default 0.003)
 * @param kneeRateChargeExponent exponent b_r: the post-knee rate scales with (charge C-rate / 0.5)^b_r (default 1.0)
 * @param kneeWidth width w of the smooth knee, in units of the plating progress P (P = 1 at the onset) (default 0.1)
 * @param cyclingLliShare share of the cycling fade that is loss of lithium inventory (the rest is loss of active
 *        material) (default 0.5)
 * @param kneeLliShare share of the knee fade that is loss of lithium inventory (the rest is loss of active material)
 *        (default 0.7)
 * @param ohmicResistance fresh ohmic resistance R0 (ohm) of a 3 Ah cell at 25 &deg;C (default 0.025)
 * @param fastResistance fresh resistance R1 (ohm) of the fast RC branch (charge transfer) of a 3 Ah cell at 25
 *        &deg;C (default 0.010)
 * @param fastTimeConstant time constant tau1 (s) of the fast RC branch (default 30)
 * @param slowResistance fresh resistance R2 (ohm) of the slow RC branch (solid diffusion) of a 3 Ah cell at 25
 *        &deg;C (default 0.020)
 * @param slowTimeConstant fresh time constant tau2 (s) of the slow RC branch (default 600)
 * @param resistanceGrowth growth g_R of R0 and R1 per unit capacity fade: R = R_fresh (1 + g_R F) (default 3.0)
 * @param slowResistanceGrowth growth g_D of R2 per unit capacity fade (default 5.0)
 * @param slowTimeConstantGrowth growth g_tau of tau2 per unit capacity fade (default 2.0)
 * @param resistanceActivationEnergy activation energy E_R of all resistances (J/mol); they fall as the temperature
 *        rises (default 25000)
 * @param capacitySpread cell-to-cell relative standard deviation of the fresh capacity (default 0.01)
 * @param resistanceSpread cell-to-cell log-normal sigma of the fresh resistances (default 0.05)
 * @param rateSpread cell-to-cell log-normal sigma of each fade coefficient (k_SEI, k_cyc, k_k) (default 0.10)
 * @param kneeSpread cell-to-cell log-normal sigma of the knee onset (default 0.10)
 */
public record AgeingParameters(double seiRate, double seiActivationEnergy, double cyclingRate,
        double cyclingChargeExponent, double cyclingDischargeExponent, double cyclingActivationEnergy,
        double kneeOnset, double kneeChargeExponent, double kneeActivationEnergy, double kneeRate,
        double kneeRateChargeExponent, double kneeWidth, double cyclingLliShare, double kneeLliShare,
        double ohmicResistance, double fastResistance, double fastTimeConstant, double slowResistance,
        double slowTimeConstant, double resistanceGrowth, double slowResistanceGrowth, double slowTimeConstantGrowth,
        double resistanceActivationEnergy, double capacitySpread, double resistanceSpread, double rateSpread,
        double kneeSpread) {

    /** The documented defaults. */
    public static final AgeingParameters DEFAULTS = builder().build();

    /** Checks the ranges. */
    public AgeingParameters {
        range(seiRate, "seiRate", 0, 0.5);
        range(seiActivationEnergy, "seiActivationEnergy", 0, 200_000);
        range(cyclingRate, "cyclingRate", 0, 0.5);
        range(cyclingChargeExponent, "cyclingChargeExponent", 0, 5);
        range(cyclingDischargeExponent, "cyclingDischargeExponent", 0, 5);
        range(cyclingActivationEnergy, "cyclingActivationEnergy", 0, 200_000);
        positive(kneeOnset, "kneeOnset", 1e6);
        range(kneeChargeExponent, "kneeChargeExponent", 0, 5);
        range(kneeActivationEnergy, "kneeActivationEnergy", 0, 200_000);
        range(kneeRate, "kneeRate", 0, 0.5);
        range(kneeRateChargeExponent, "kneeRateChargeExponent", 0, 5);
        positive(kneeWidth, "kneeWidth", 10);
        range(cyclingLliShare, "cyclingLliShare", 0, 1);
        range(kneeLliShare, "kneeLliShare", 0, 1);
        positive(ohmicResistance, "ohmicResistance", 10);
        positive(fastResistance, "fastResistance", 10);
        positive(fastTimeConstant, "fastTimeConstant", 1e5);
        positive(slowResistance, "slowResistance", 10);
        positive(slowTimeConstant, "slowTimeConstant", 1e5);
        range(resistanceGrowth, "resistanceGrowth", 0, 100);
        range(slowResistanceGrowth, "slowResistanceGrowth", 0, 100);
        range(slowTimeConstantGrowth, "slowTimeConstantGrowth", 0, 100);
        range(resistanceActivationEnergy, "resistanceActivationEnergy", 0, 200_000);
        range(capacitySpread, "capacitySpread", 0, 0.5);
        range(resistanceSpread, "resistanceSpread", 0, 0.5);
        range(rateSpread, "rateSpread", 0, 0.5);
        range(kneeSpread, "kneeSpread", 0, 0.5);
    }

    private static void range(double v, String name, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException("Ageing parameter " + name + " must be between " + lo + " and " + hi
                    + "; got " + v + ".");
        }
    }

    private static void positive(double v, String name, double hi) {
        if (!(v > 0 && v <= hi)) {
            throw new IllegalArgumentException("Ageing parameter " + name + " must be above 0 and at most " + hi
                    + "; got " + v + ".");
        }
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.seiRate = seiRate;
        b.seiActivationEnergy = seiActivationEnergy;
        b.cyclingRate = cyclingRate;
        b.cyclingChargeExponent = cyclingChargeExponent;
        b.cyclingDischargeExponent = cyclingDischargeExponent;
        b.cyclingActivationEnergy = cyclingActivationEnergy;
        b.kneeOnset = kneeOnset;
        b.kneeChargeExponent = kneeChargeExponent;
        b.kneeActivationEnergy = kneeActivationEnergy;
        b.kneeRate = kneeRate;
        b.kneeRateChargeExponent = kneeRateChargeExponent;
        b.kneeWidth = kneeWidth;
        b.cyclingLliShare = cyclingLliShare;
        b.kneeLliShare = kneeLliShare;
        b.ohmicResistance = ohmicResistance;
        b.fastResistance = fastResistance;
        b.fastTimeConstant = fastTimeConstant;
        b.slowResistance = slowResistance;
        b.slowTimeConstant = slowTimeConstant;
        b.resistanceGrowth = resistanceGrowth;
        b.slowResistanceGrowth = slowResistanceGrowth;
        b.slowTimeConstantGrowth = slowTimeConstantGrowth;
        b.resistanceActivationEnergy = resistanceActivationEnergy;
        b.capacitySpread = capacitySpread;
        b.resistanceSpread = resistanceSpread;
        b.rateSpread = rateSpread;
        b.kneeSpread = kneeSpread;
        return b;
    }

    /** Builder of {@link AgeingParameters}; starts from the defaults. */
    public static final class Builder {
        private double seiRate = 0.004;
        private double seiActivationEnergy = 25_000;
        private double cyclingRate = 1.5e-4;
        private double cyclingChargeExponent = 1.0;
        private double cyclingDischargeExponent = 0.5;
        private double cyclingActivationEnergy = 20_000;
        private double kneeOnset = 220;
        private double kneeChargeExponent = 2.0;
        private double kneeActivationEnergy = 50_000;
        private double kneeRate = 0.003;
        private double kneeRateChargeExponent = 1.0;
        private double kneeWidth = 0.1;
        private double cyclingLliShare = 0.5;
        private double kneeLliShare = 0.7;
        private double ohmicResistance = 0.025;
        private double fastResistance = 0.010;
        private double fastTimeConstant = 30;
        private double slowResistance = 0.020;
        private double slowTimeConstant = 600;
        private double resistanceGrowth = 3.0;
        private double slowResistanceGrowth = 5.0;
        private double slowTimeConstantGrowth = 2.0;
        private double resistanceActivationEnergy = 25_000;
        private double capacitySpread = 0.01;
        private double resistanceSpread = 0.05;
        private double rateSpread = 0.10;
        private double kneeSpread = 0.10;

        private Builder() {
        }

        /**
         * @param value calendar/SEI fade coefficient k_SEI: capacity fraction lost per square root of
         *        equivalent full cycle at 25 &deg;C
         * @return this builder
         */
        public Builder seiRate(double value) {
            this.seiRate = value;
            return this;
        }

        /**
         * @param value Arrhenius activation energy E_SEI of the SEI term (J/mol); higher temperature ages
         *        faster
         * @return this builder
         */
        public Builder seiActivationEnergy(double value) {
            this.seiActivationEnergy = value;
            return this;
        }

        /**
         * @param value cycling fade coefficient k_cyc: capacity fraction lost per equivalent full cycle at
         *        25 &deg;C, 0.5C charge, 1C discharge
         * @return this builder
         */
        public Builder cyclingRate(double value) {
            this.cyclingRate = value;
            return this;
        }

        /**
         * @param value exponent a_c of the charge C-rate in the cycling term
         * @return this builder
         */
        public Builder cyclingChargeExponent(double value) {
            this.cyclingChargeExponent = value;
            return this;
        }

        /**
         * @param value exponent a_d of the discharge C-rate in the cycling term
         * @return this builder
         */
        public Builder cyclingDischargeExponent(double value) {
            this.cyclingDischargeExponent = value;
            return this;
        }

        /**
         * @param value Arrhenius activation energy E_cyc of the cycling term (J/mol)
         * @return this builder
         */
        public Builder cyclingActivationEnergy(double value) {
            this.cyclingActivationEnergy = value;
            return this;
        }

        /**
         * @param value knee onset N_k0: equivalent full cycles to the knee (lithium-plating onset) at 25
         *        &deg;C and 0.5C charge
         * @return this builder
         */
        public Builder kneeOnset(double value) {
            this.kneeOnset = value;
            return this;
        }

        /**
         * @param value exponent b_c: the onset scales with (0.5 / charge C-rate)^b_c
         * @return this builder
         */
        public Builder kneeChargeExponent(double value) {
            this.kneeChargeExponent = value;
            return this;
        }

        /**
         * @param value activation energy E_k of the onset (J/mol); plating is a low-temperature mechanism,
         *        so the onset comes <em>later</em> at higher temperature
         * @return this builder
         */
        public Builder kneeActivationEnergy(double value) {
            this.kneeActivationEnergy = value;
            return this;
        }

        /**
         * @param value post-knee fade rate k_k: capacity fraction lost per equivalent full cycle once the
         *        knee is fully developed, at 0.5C charge
         * @return this builder
         */
        public Builder kneeRate(double value) {
            this.kneeRate = value;
            return this;
        }

        /**
         * @param value exponent b_r: the post-knee rate scales with (charge C-rate / 0.5)^b_r
         * @return this builder
         */
        public Builder kneeRateChargeExponent(double value) {
            this.kneeRateChargeExponent = value;
            return this;
        }

        /**
         * @param value width w of the smooth knee, in units of the plating progress P (P = 1 at the onset)
         * @return this builder
         */
        public Builder kneeWidth(double value) {
            this.kneeWidth = value;
            return this;
        }

        /**
         * @param value share of the cycling fade that is loss of lithium inventory (the rest is loss of
         *        active material)
         * @return this builder
         */
        public Builder cyclingLliShare(double value) {
            this.cyclingLliShare = value;
            return this;
        }

        /**
         * @param value share of the knee fade that is loss of lithium inventory (the rest is loss of active
         *        material)
         * @return this builder
         */
        public Builder kneeLliShare(double value) {
            this.kneeLliShare = value;
            return this;
        }

        /**
         * @param value fresh ohmic resistance R0 (ohm) of a 3 Ah cell at 25 &deg;C
         * @return this builder
         */
        public Builder ohmicResistance(double value) {
            this.ohmicResistance = value;
            return this;
        }

        /**
         * @param value fresh resistance R1 (ohm) of the fast RC branch (charge transfer) of a 3 Ah cell at
         *        25 &deg;C
         * @return this builder
         */
        public Builder fastResistance(double value) {
            this.fastResistance = value;
            return this;
        }

        /**
         * @param value time constant tau1 (s) of the fast RC branch
         * @return this builder
         */
        public Builder fastTimeConstant(double value) {
            this.fastTimeConstant = value;
            return this;
        }

        /**
         * @param value fresh resistance R2 (ohm) of the slow RC branch (solid diffusion) of a 3 Ah cell at
         *        25 &deg;C
         * @return this builder
         */
        public Builder slowResistance(double value) {
            this.slowResistance = value;
            return this;
        }

        /**
         * @param value fresh time constant tau2 (s) of the slow RC branch
         * @return this builder
         */
        public Builder slowTimeConstant(double value) {
            this.slowTimeConstant = value;
            return this;
        }

        /**
         * @param value growth g_R of R0 and R1 per unit capacity fade: R = R_fresh (1 + g_R F)
         * @return this builder
         */
        public Builder resistanceGrowth(double value) {
            this.resistanceGrowth = value;
            return this;
        }

        /**
         * @param value growth g_D of R2 per unit capacity fade
         * @return this builder
         */
        public Builder slowResistanceGrowth(double value) {
            this.slowResistanceGrowth = value;
            return this;
        }

        /**
         * @param value growth g_tau of tau2 per unit capacity fade
         * @return this builder
         */
        public Builder slowTimeConstantGrowth(double value) {
            this.slowTimeConstantGrowth = value;
            return this;
        }

        /**
         * @param value activation energy E_R of all resistances (J/mol); they fall as the temperature rises
         * @return this builder
         */
        public Builder resistanceActivationEnergy(double value) {
            this.resistanceActivationEnergy = value;
            return this;
        }

        /**
         * @param value cell-to-cell relative standard deviation of the fresh capacity
         * @return this builder
         */
        public Builder capacitySpread(double value) {
            this.capacitySpread = value;
            return this;
        }

        /**
         * @param value cell-to-cell log-normal sigma of the fresh resistances
         * @return this builder
         */
        public Builder resistanceSpread(double value) {
            this.resistanceSpread = value;
            return this;
        }

        /**
         * @param value cell-to-cell log-normal sigma of each fade coefficient (k_SEI, k_cyc, k_k)
         * @return this builder
         */
        public Builder rateSpread(double value) {
            this.rateSpread = value;
            return this;
        }

        /**
         * @param value cell-to-cell log-normal sigma of the knee onset
         * @return this builder
         */
        public Builder kneeSpread(double value) {
            this.kneeSpread = value;
            return this;
        }

        /**
         * @return the parameters
         * @throws IllegalArgumentException when a value is out of range
         */
        public AgeingParameters build() {
            return new AgeingParameters(seiRate, seiActivationEnergy, cyclingRate, cyclingChargeExponent,
                    cyclingDischargeExponent, cyclingActivationEnergy, kneeOnset, kneeChargeExponent,
                    kneeActivationEnergy, kneeRate, kneeRateChargeExponent, kneeWidth, cyclingLliShare, kneeLliShare,
                    ohmicResistance, fastResistance, fastTimeConstant, slowResistance, slowTimeConstant,
                    resistanceGrowth, slowResistanceGrowth, slowTimeConstantGrowth, resistanceActivationEnergy,
                    capacitySpread, resistanceSpread, rateSpread, kneeSpread);
        }
    }
}
