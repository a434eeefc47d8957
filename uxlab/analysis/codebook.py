"""The methods codebook: every metric's name, formula, source and missing-data rule
(the Excel codebook, the report's methods section and the GUI's tooltips read it)."""

from __future__ import annotations


def _m(name: str, formula: str, source: str, missing: str) -> dict[str, str]:
    return {"name": name, "formula": formula, "source": source, "missing_data": missing}


QTUX = ("Sauro, J. & Lewis, J. R. (2016). Quantifying the User Experience: Practical "
        "Statistics for User Research, 2nd ed. Morgan Kaufmann")

METHODS: list[dict[str, str]] = [
    _m("Attempts", "tasks with outcome success, partial, fail or abandoned",
       "uxlab data model (docs/data-model.md)",
       "skipped tasks are not attempts (counted as 'skipped'); crash-interrupted attempts "
       "are flagged 'interrupted' and still counted; excluded participants are left out"),
    _m("Completion rate", "successes / attempts; 'partial' is not a success",
       QTUX + ", ch. 3", "no attempts: no rate (None)"),
    _m("Completion rate confidence interval",
       "adjusted Wald: n' = n + z^2, p' = (x + z^2/2) / n', p' +/- z sqrt(p'(1-p')/n'), "
       "clipped to [0, 1]",
       "Agresti, A. & Coull, B. (1998). Approximate is better than 'exact' for interval "
       "estimation of binomial proportions. The American Statistician 52, 119-126; Sauro, J. "
       "& Lewis, J. R. (2005). Estimating completion rates from small samples using binomial "
       "confidence intervals. Proc. HFES 49, 2100-2104",
       "no attempts: no interval"),
    _m("Time on task (successful attempts / all attempts)",
       "geometric mean exp(mean(ln t)); CI exp(mean(ln t) +/- t(n-1) sd(ln t)/sqrt(n)); "
       "also median, arithmetic mean, SD, n",
       "Sauro, J. & Lewis, J. R. (2010). Average task times in usability tests: what to "
       "report? CHI 2010, 2347-2350; " + QTUX + ", ch. 3",
       "net time (pauses excluded); attempts without a time, or a time of 0 s or less, are "
       "left out; the interval needs n >= 2"),
    _m("Median time and its interval (headline from 25 successful times)",
       "median; interval [x(l), x(n-l+1)] with l the alpha/2 quantile of Binomial(n, 1/2) "
       "(binomial order statistics, coverage >= the confidence level); the headline is the "
       "median from n = 25, the geometric mean below",
       "Conover, W. J. (1999). Practical Nonparametric Statistics, 3rd ed., section 3.2; "
       "Sauro, J. & Lewis, J. R. (2010). CHI 2010, 2347-2350",
       "n <= 5 at 95%: no interval"),
    _m("SEQ and other rating scales", "mean with t-interval (n - 1 df); interval ends beyond "
       "the scale (e.g. above 7) are clipped to it", QTUX + ", ch. 3",
       "unanswered or declined ratings are left out (not 0); the interval needs n >= 2"),
    _m("Experience net score (success, effort, emotion)",
       "% answers 6-7 minus % answers 1-3 (points, -100...100), with the mean",
       "Temkin Group / XM Institute experience ratings",
       "unanswered or declined ratings are left out"),
    _m("SUS", "odd items (r - 1), even items (5 - r), sum x 2.5; one missing item: sum of 9 "
       "contributions x 100/36",
       "Brooke, J. (1996). SUS: a 'quick and dirty' usability scale. In Usability Evaluation "
       "in Industry, 189-194; Lewis, J. R. & Sauro, J. (2017). Can I leave this one out? "
       "Journal of Usability Studies 13(1), 38-46",
       "one missing item is prorated; two or more missing: no score (None, never 0)"),
    _m("SUS grade", "Sauro-Lewis curved grading scale: A+ >= 84.1, A >= 80.8, A- >= 78.9, "
       "B+ >= 77.2, B >= 74.1, B- >= 72.6, C+ >= 71.1, C >= 65.0, C- >= 62.7, D >= 51.7, F",
       QTUX + ", table 8.5", "no SUS score: no grade"),
    _m("SUS percentile", "published percentile ranks of raw SUS scores (68 -> 50th, 75 -> "
       "73rd, 85 -> 97th), linearly interpolated, kept within the percentile range of the "
       "score's grade (A+ 96-100, A 90-95, A- 85-89, B+ 80-84, B 70-79, B- 65-69, C+ 60-64, "
       "C 41-59, C- 35-40, D 15-34, F 0-14)",
       "Sauro, J. (2011). A Practical Guide to the System Usability Scale. Measuring "
       "Usability LLC (percentile table); " + QTUX + ", table 8.5",
       "no SUS score: no percentile"),
    _m("SUS adjective", "published adjective ranges: Best imaginable >= 84.1, Excellent "
       ">= 80.8, Good >= 71.1, OK >= 51.7, Poor >= 25.1, Worst imaginable below",
       "Sauro, J. (2018). 5 ways to interpret a SUS score. MeasuringU, figure 1; after "
       "Bangor, A., Kortum, P. & Miller, J. (2009). Determining what individual SUS scores "
       "mean: adding an adjective rating scale. Journal of Usability Studies 4(3), 114-123",
       "no SUS score: no adjective"),
    _m("UMUX-Lite", "(i1 + i2 - 2) x 100/12 on two 7-point items; SUS-equivalent estimate "
       "0.65 x score + 22.9",
       "Lewis, J. R., Utesch, B. S. & Maher, D. E. (2013). UMUX-LITE: when there's no time "
       "for the SUS. CHI 2013, 2099-2102",
       "both items needed; otherwise no score"),
    _m("NPS", "% promoters (9-10) - % detractors (0-6), in points; CI: add 3/4 to promoters "
       "and detractors (3 to n), then NPS' +/- z sqrt((p' + d' - NPS'^2)/n')",
       "Reichheld, F. (2003). The one number you need to grow. Harvard Business Review; "
       "Rocks, B. (2016). Interval estimation for the 'net promoter score'. The American "
       "Statistician 70(4), 365-372",
       "unanswered or declined: left out"),
    _m("CSAT", "headline: % answers 4-5 on a 1-5 scale (top-2-box) with adjusted-Wald CI; "
       "also the mean with t-interval", "common industry practice (vendors differ)",
       "unanswered or declined: left out"),
    _m("CES", "headline: mean of the 1-7 agreement item with t-interval; also % agreeing "
       "(5-7)", "Gartner/CEB Customer Effort Score 2.0", "unanswered or declined: left out"),
    _m("Comparing completion rates", "N-1 two-proportion test: z = (p1 - p2) / sqrt(PQ(1/n1 "
       "+ 1/n2)) x sqrt((N - 1)/N), two-sided; Fisher exact p shown when an expected count "
       "is < 5 and preferred when one is < 1",
       "Campbell, I. (2007). Chi-squared and Fisher-Irwin tests of two-by-two tables with "
       "small sample recommendations. Statistics in Medicine 26, 3661-3675; " + QTUX
       + ", ch. 5", "groups without attempts: no test"),
    _m("Comparing times, ratings and SUS",
       "Welch unequal-variance t-test (times on ln scale), two-sided",
       QTUX + ", ch. 5", "each group needs n >= 2"),
    _m("Difference of two completion rates",
       "p1 - p2 with the Agresti-Caffo interval: pi' = (xi + 1)/(ni + 2), p1' - p2' +/- z "
       "sqrt(p1'(1 - p1')/(n1 + 2) + p2'(1 - p2')/(n2 + 2)), clipped to [-1, 1]",
       "Agresti, A. & Caffo, B. (2000). Simple and effective confidence intervals for "
       "proportions and differences of proportions result from adding two successes and two "
       "failures. The American Statistician 54(4), 280-288; " + QTUX + ", ch. 5",
       "a group without attempts: no difference"),
    _m("Ratio of geometric mean times",
       "exp(mean ln a - mean ln b) with the Welch interval on ln times, exponentiated",
       QTUX + ", ch. 5", "each group needs n >= 2 successful times"),
    _m("Difference of means and Hedges' g",
       "mean a - mean b with Welch's interval (Welch-Satterthwaite df); g = (mean a - mean b) "
       "/ pooled SD x (1 - 3/(4(n1 + n2) - 9)); t and df reported",
       "Welch, B. L. (1947). Biometrika 34, 28-35; Hedges, L. V. (1981). Distribution theory "
       "for Glass's estimator of effect size. Journal of Educational Statistics 6(2), 107-128; "
       "Lakens, D. (2013). Frontiers in Psychology 4:863",
       "each group needs n >= 2; no spread in both groups: the difference is exact, no test"),
    _m("More than two groups",
       "completion: chi-square test of independence (k x 2), exact Fisher-Freeman-Halton test "
       "when an expected count is < 5; times (ln), SEQ, SUS, UMUX-Lite: Welch's ANOVA; then "
       "every pair with the two-group tests, p adjusted with Holm's step-down rule",
       "Freeman, G. H. & Halton, J. H. (1951). Biometrika 38, 141-149; Welch, B. L. (1951). "
       "Biometrika 38, 330-336; Holm, S. (1979). Scandinavian Journal of Statistics 6, 65-70",
       "groups without data are left out of the omnibus test"),
    _m("Within-subjects completion (McNemar)",
       "discordant pairs b, c: exact p = min(1, 2 P(X <= min(b, c))), X ~ Bin(b + c, 1/2); "
       "headline mid-p = exact p - P(X = min(b, c))",
       "McNemar, Q. (1947). Psychometrika 12, 153-157; Fagerland, M. W., Lydersen, S. & "
       "Laake, P. (2013). BMC Medical Research Methodology 13, 91; " + QTUX + ", ch. 5",
       "only participants who did the task under both conditions"),
    _m("Within-subjects times and ratings (paired t)",
       "d = ln a - ln b (times) or a - b (ratings); t = mean d / (sd d / sqrt n), n - 1 df; "
       "ratio of geometric means exp(mean d) with exp(mean d +/- t sd/sqrt n); per "
       "participant: mean ln time per condition, paired t, Wilcoxon signed-rank p as a check",
       QTUX + ", ch. 5; Wilcoxon, F. (1945). Biometrics Bulletin 1, 80-83",
       "pairs with a value under both conditions; n >= 2"),
    _m("More than two conditions within participants",
       "per task, on the participants with data under every condition: completion: Cochran's Q = "
       "(k - 1)(k sum C_j^2 - N^2) / (k N - sum R_i^2), chi-square with k - 1 df; times (ln), SEQ: "
       "Friedman's test on ranks within each participant, corrected for ties; then every pair of "
       "conditions with the paired tests, p adjusted with Holm's step-down rule",
       "Cochran, W. G. (1950). The comparison of percentages in matched samples. Biometrika 37, "
       "256-266; Friedman, M. (1937). The use of ranks to avoid the assumption of normality "
       "implicit in the analysis of variance. JASA 32, 675-701; Holm, S. (1979). Scandinavian "
       "Journal of Statistics 6, 65-70",
       "only participants with data under every condition enter the omnibus test; each pair uses "
       "the participants with data under both"),
    _m("Benchmark: completion rate",
       "one-sided exact binomial test that the rate exceeds p0 (default 0.78); headline mid-p "
       "= P(X > x) + 1/2 P(X = x) under Binomial(n, p0); exact p = P(X >= x) also reported; "
       "confidence that the rate beats p0 = 1 - mid-p",
       QTUX + ", ch. 4; Lancaster, H. O. (1961). Significance tests in discrete "
       "distributions. JASA 56, 223-234", "no attempts: no test"),
    _m("Benchmark: SUS, UMUX-Lite, SEQ",
       "one-sided one-sample t-test (n - 1 df) that the mean exceeds the benchmark: SUS 68, "
       "UMUX-Lite the score whose SUS-equivalent is 68 ((68 - 22.9)/0.65 = 69.4), SEQ 5.5",
       QTUX + ", ch. 4", "n >= 2; no variation: no test, said in the reading"),
    _m("Benchmark: task time vs target",
       "one-sided one-sample t-test on ln(times of successful attempts) against ln(target): "
       "faster than the target", QTUX + ", ch. 4",
       "tasks without a target are not tested; n >= 2"),
    _m("Benchmark: NPS", "one-sided z = (NPS' - b)/SE with the adjusted-Wald NPS' and SE "
       "(add 3/4 promoters and detractors, 3 to n); no default benchmark",
       "Rocks, B. (2016). The American Statistician 70(4), 365-372",
       "tested only when a benchmark is given"),
    _m("Problem discovery (planning)", "P(seen at least once) = 1 - (1 - p)^n",
       "Nielsen, J. & Landauer, T. K. (1993). A mathematical model of the finding of "
       "usability problems. INTERCHI '93, 206-213", "-"),
]


