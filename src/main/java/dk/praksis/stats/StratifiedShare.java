package dk.praksis.stats;

import java.util.List;
import java.util.Optional;

/**
 * The population-weighted share over strata (kommuner) sampled with different fractions, e.g. Ærø 8 of 13
 * decisions and Odense 15 of 334: pooling k/n would let Ærø's cases count 12 times as much as Odense's.
 *
 * <p>Stratum h has n_h sampled cases out of N_h decisions; m_h of the sampled cases are in the domain (e.g.
 * could be assessed) and k_h of those have the outcome. The combined ratio estimator (Cochran 1977, Sampling
 * Techniques, § 6.11) is p̂ = Ŷ / X̂ with Ŷ = Σ N_h k_h / n_h and X̂ = Σ N_h m_h / n_h. Its linearised
 * stratified variance, with the finite-population correction per stratum, is
 * V = Σ N_h² (1 − n_h/N_h) s²_h / n_h / X̂², where s²_h is the sample variance (divisor n_h − 1) of the
 * residuals e = y − p̂ x over the stratum's n_h cases (y = 1 for a case with the outcome, x = 1 for a case in
 * the domain). A stratum with one case has no variance estimate and contributes 0.
 *
 * <p>The interval is Wilson's with the effective sample size n_eff = p̂(1 − p̂)/V (Korn &amp; Graubard 1998,
 * Survey Methodology 24:193–201; Dean &amp; Pagano 2015): the point itself when every stratum was fully
 * sampled, and the domain's plain count Σ m_h as n_eff when p̂ is 0 or 1 (V is then 0 for another reason).
 * With equal sampling fractions in every stratum, p̂ equals the pooled Σk_h / Σm_h.
 *
 * @param share    p̂
 * @param variance V
 * @param interval Wilson's interval with n_eff
 */
public record StratifiedShare(double share, double variance, Interval interval) {

    /** One stratum: k of m domain cases, n cases sampled, N decisions. */
    public record Stratum(int count, int domain, int sampled, int population) {
        public Stratum {
            if (count < 0 || count > domain || domain > sampled || sampled > population || sampled < 1) {
                throw new IllegalArgumentException("need 0 <= k <= m <= n <= N and n >= 1: " + count + ", " + domain
                        + ", " + sampled + ", " + population);
            }
        }
    }

    /** Empty when no stratum has a case in the domain. */
    public static Optional<StratifiedShare> of(List<Stratum> strata, double level) {
        double y = 0;
        double x = 0;
        int domain = 0;
        for (Stratum s : strata) {
            double weight = (double) s.population() / s.sampled();
            y += weight * s.count();
            x += weight * s.domain();
            domain += s.domain();
        }
        if (domain == 0) {
            return Optional.empty();
        }
        double p = y / x;
        double sum = 0;
        boolean sampledAll = true;
        for (Stratum s : strata) {
            int n = s.sampled();
            sampledAll &= n == s.population();
            if (n < 2) {
                continue;
            }
            // residuals: 1 − p̂ (k cases), −p̂ (m − k cases), 0 (n − m cases)
            double sumE = s.count() - p * s.domain();
            double sumE2 = s.count() * (1 - p) * (1 - p) + (s.domain() - s.count()) * p * p;
            double s2 = (sumE2 - sumE * sumE / n) / (n - 1);
            double fpc = 1 - (double) n / s.population();
            sum += (double) s.population() * s.population() * fpc * s2 / n;
        }
        double variance = sum / (x * x);
        Interval interval;
        if (sampledAll) {
            interval = new Interval(p, p, IntervalMethod.STRATIFIED, level);
        } else if (variance <= 0 || p == 0 || p == 1) {
            interval = Proportion.wilsonEffective(p, domain, level, IntervalMethod.STRATIFIED);
        } else {
            interval = Proportion.wilsonEffective(p, p * (1 - p) / variance, level, IntervalMethod.STRATIFIED);
        }
        return Optional.of(new StratifiedShare(p, variance, interval));
    }
}
