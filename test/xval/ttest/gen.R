# test/xval/ttest/gen.R — datasets and R reference results for the t-test family:
# paired_t, independent_t (Student + Welch), t_test_from_summary, levene_test.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Dataset ids are FUNCTION:SCENARIO:NNN; FUNCTION (paired, indep, summary,
# levene) is the "dataset group" compare.R counts checks by, SCENARIO is what
# test/xval/ttest/tolerance selects on.  Every reference number is computed
# here by R at run time (t.test, cor.test, pf, ...); nothing is hard-coded.
# Definitions R leaves open are in test/xval/README.md ("The t-test family").

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)   # show each warning where it happens
args <- xval_args()
set.seed(args$seed)

# Should paired_t's r_p_value follow the `alternative` argument?  The
# alternative sets the tail of every p field of a result -> TRUE.
R_P_FOLLOWS_ALTERNATIVE <- TRUE

DATA_COLS <- c("id", "x", "y", "grp", "alternative", "conf_level", "center",
               "mean1", "sd1", "n1", "mean2", "sd2", "n2")
REF_COLS <- c("id",
  # independent_t / t_test_from_summary
  "group1", "group2", "n1", "n2", "n_skipped", "mean1", "mean2", "sd1", "sd2",
  "mean_diff", "t", "df", "p_value", "ci_lower", "ci_upper",
  "t_welch", "df_welch", "p_welch", "ci_lower_welch", "ci_upper_welch",
  "cohen_d", "hedges_g",
  # paired_t (t, df, p_value, ci_*, mean_diff, n_skipped shared)
  "n", "mean_x", "mean_y", "sd_diff", "se", "cohen_dz", "r", "r_p_value",
  # levene_test (n, n_skipped, p_value shared)
  "k", "f", "df1", "df2")

data_frames <- list()
ref_rows <- list()
add_dataset <- function(data, ref) {
  stopifnot(length(unique(data$id)) == 1, all(names(ref) %in% REF_COLS))
  data_frames[[length(data_frames) + 1]] <<- data
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- ref
  # R's NaN (e.g. t = 0/0 when x == y in every pair) means "undefined": NULL for us
  row <- lapply(row, function(v) if (is.double(v) && is.nan(v)) NA else v)
  row$id <- data$id[1]
  ref_rows[[length(ref_rows) + 1]] <<- row
}

# ------------------------------------------------------------------ options
# Every dataset is run with one call form; cycling through them means each
# scenario exercises the defaults (argument omitted: NA in data.csv), each
# alternative, and conf levels 0.90 / 0.95 / 0.99.
T_OPTS <- rbind(
  data.frame(alternative = NA, conf_level = NA),
  data.frame(alternative = c("two-sided", "less", "greater"), conf_level = NA),
  expand.grid(alternative = c("two-sided", "less", "greater"),
              conf_level = c(0.90, 0.95, 0.99), stringsAsFactors = FALSE))
t_opt <- function(i) T_OPTS[(i - 1) %% nrow(T_OPTS) + 1, ]

# Run f, NULL if R refuses (e.g. "data are essentially constant").
try_or_null <- function(expr) tryCatch(expr, error = function(e) NULL)

# Hedges' small-sample correction, exact form (Hedges 1981):
#   J(df) = Gamma(df/2) / (sqrt(df/2) * Gamma((df-1)/2)), via lgamma for large df.
hedges_j <- function(df) exp(lgamma(df / 2) - lgamma((df - 1) / 2)) / sqrt(df / 2)

# ------------------------------------------------------------------ paired_t
ref_paired <- function(x, y, alt, cl) {
  ralt <- xval_r_alternative(alt)
  rcl <- if (is.na(cl)) 0.95 else cl
  ok <- !is.na(x) & !is.na(y)          # incomplete pairs are skipped
  x <- x[ok]; y <- y[ok]; d <- x - y; n <- length(d)
  ref <- list(n = n, n_skipped = sum(!ok), mean_x = mean(x), mean_y = mean(y),
              mean_diff = mean(d), sd_diff = sd(d), se = sd(d) / sqrt(n), df = n - 1)
  tt <- try_or_null(t.test(x, y, paired = TRUE, alternative = ralt, conf.level = rcl))
  if (!is.null(tt)) {
    stopifnot(isTRUE(all.equal(unname(tt$estimate), mean(d), tolerance = 1e-14)))
    ref$t <- unname(tt$statistic)
    ref$p_value <- tt$p.value
    ref$ci_lower <- tt$conf.int[1]
    ref$ci_upper <- tt$conf.int[2]
    ref$cohen_dz <- mean(d) / sd(d)    # undefined exactly when the t-test is
  }
  if (n >= 2 && sd(x) > 0 && sd(y) > 0) {
    ref$r <- cor(x, y)
    if (n >= 3) {
      ct <- cor.test(x, y, alternative = if (R_P_FOLLOWS_ALTERNATIVE) ralt else "two.sided")
      ref$r_p_value <- ct$p.value
    }
  }
  ref
}

paired_scenarios <- list(
  # name, count, generator(i) -> list(x, y)
  normal = list(40, function() { n <- sample(3:60, 1); x <- rnorm(n, 50, 10)
    list(x = x, y = x + rnorm(n, runif(1, -5, 5), runif(1, 1, 8))) }),
  skewed = list(25, function() { n <- sample(3:80, 1); x <- rexp(n, 1 / 20)
    list(x = x, y = x * rlnorm(n, 0, 0.5)) }),
  n2 = list(15, function() list(x = rnorm(2, 10, 3), y = rnorm(2, 9, 3))),
  ties = list(25, function() { repeat { n <- sample(4:40, 1)
    x <- sample(0:10, n, TRUE); y <- pmax(0, pmin(10, x - sample(-1:4, n, TRUE)))
    if (sd(x - y) > 0 && sd(x) > 0 && sd(y) > 0) return(list(x = x, y = y)) } }),
  tiny = list(15, function() { n <- sample(3:40, 1); x <- rnorm(n, 3e-9, 1e-9)
    list(x = x, y = x + rnorm(n, 2e-10, 5e-10)) }),
  huge = list(15, function() { n <- sample(3:40, 1); x <- rnorm(n, 3e9, 1e9)
    list(x = x, y = x + rnorm(n, 1e8, 4e8)) }),
  huge_noise = list(15, function() { n <- sample(3:40, 1); x <- 1e9 + rnorm(n)
    list(x = x, y = 1e9 + rnorm(n, 0.5)) }),
  # integer data shifted by a constant: sd of the differences is exactly 0
  constdiff = list(8, function() { n <- sample(3:20, 1); x <- sample(0:100, n, TRUE)
    list(x = x, y = x - sample(-5:5, 1)) }),
  nulls = list(12, function() { n <- sample(6:40, 1); x <- rnorm(n, 5, 2); y <- x + rnorm(n, 1)
    x[sample(n, 2)] <- NA; y[sample(n, 1)] <- NA; list(x = x, y = y) }),
  # large n and a large effect: p-values between ~1e-50 and ~1e-250
  large = list(8, function() { n <- sample(1000:4000, 1); d <- rnorm(n, runif(1, 10, 33) / sqrt(n))
    x <- rnorm(n, 20, 3); list(x = x, y = x - d) })
)

for (sc in names(paired_scenarios)) {
  cnt <- paired_scenarios[[sc]][[1]]; gen <- paired_scenarios[[sc]][[2]]
  off <- sample(nrow(T_OPTS), 1)
  for (i in seq_len(cnt)) {
    id <- sprintf("paired:%s:%03d", sc, i)
    xy <- gen(); x <- xval_roundtrip(xy$x); y <- xval_roundtrip(xy$y)
    o <- t_opt(i + off)
    add_dataset(xval_frame(DATA_COLS, id = id, x = x, y = y,
                           alternative = o$alternative, conf_level = o$conf_level),
                ref_paired(x, y, o$alternative, o$conf_level))
  }
}

# ------------------------------------------------------------------ independent_t
ref_indep <- function(v, g, alt, cl) {
  ralt <- xval_r_alternative(alt)
  rcl <- if (is.na(cl)) 0.95 else cl
  ok <- !is.na(v) & !is.na(g)
  labs <- xval_sort_labels(g[ok])
  stopifnot(length(labs) == 2)
  x <- v[ok & g == labs[1]]; y <- v[ok & g == labs[2]]    # group 1 = lower label
  n1 <- length(x); n2 <- length(y)
  ref <- list(group1 = labs[1], group2 = labs[2], n1 = n1, n2 = n2, n_skipped = sum(!ok),
              mean1 = mean(x), mean2 = mean(y), sd1 = sd(x), sd2 = sd(y),
              mean_diff = mean(x) - mean(y), df = n1 + n2 - 2)
  st <- try_or_null(t.test(x, y, var.equal = TRUE, alternative = ralt, conf.level = rcl))
  we <- try_or_null(t.test(x, y, var.equal = FALSE, alternative = ralt, conf.level = rcl))
  if (!is.null(st)) {
    ref$t <- unname(st$statistic); ref$p_value <- st$p.value
    ref$ci_lower <- st$conf.int[1]; ref$ci_upper <- st$conf.int[2]
    sp <- sqrt(((n1 - 1) * var(x) + (n2 - 1) * var(y)) / (n1 + n2 - 2))
    ref$cohen_d <- (mean(x) - mean(y)) / sp
    ref$hedges_g <- ref$cohen_d * hedges_j(n1 + n2 - 2)
  }
  if (!is.null(we)) {
    ref$t_welch <- unname(we$statistic); ref$df_welch <- unname(we$parameter)
    ref$p_welch <- we$p.value
    ref$ci_lower_welch <- we$conf.int[1]; ref$ci_upper_welch <- we$conf.int[2]
  }
  ref
}

# Label pairs, some with the higher label first in the data, a comma, a space
# and a non-ASCII letter (sorted by bytes, as the C-locale cluster does).
LABELS <- list(c("CF", "SP"), c("SP", "CF"), c("control", "treated"), c("post 2015", "pre 2015"),
               c("Z\u00fcrich", "Basel"), c("a, b", "a; b"), c("female", "male"))

two_groups <- function(x1, x2) {
  lab <- LABELS[[sample(length(LABELS), 1)]]
  v <- c(x1, x2); g <- rep(lab, c(length(x1), length(x2)))
  p <- sample(length(v))               # aggregates see rows in no particular order
  list(v = v[p], g = g[p])
}

indep_scenarios <- list(
  normal = list(40, function() two_groups(rnorm(sample(3:60, 1), 50, 10),
                                          rnorm(sample(3:60, 1), runif(1, 40, 60), runif(1, 5, 15)))),
  skewed = list(25, function() two_groups(rexp(sample(3:80, 1), 1 / 20), rlnorm(sample(3:80, 1), 3, 1))),
  n2 = list(15, function() two_groups(rnorm(2, 10, 3), rnorm(2, 12, 3))),
  unequal = list(20, function() two_groups(rnorm(sample(2:5, 1), 30, 1),
                                           rnorm(sample(50:200, 1), 28, runif(1, 10, 30)))),
  zerovar1 = list(12, function() { a <- rep(sample(0:100, 1), sample(2:15, 1)); b <- sample(0:100, sample(3:20, 1), TRUE)
    if (runif(1) < 0.5) two_groups(a, b) else two_groups(b, a) }),
  zerovar2 = list(10, function() two_groups(rep(sample(0:20, 1), sample(2:15, 1)),
                                            rep(sample(0:20, 1), sample(2:15, 1)))),
  ties = list(25, function() { repeat { a <- sample(0:10, sample(3:40, 1), TRUE); b <- sample(0:10, sample(3:40, 1), TRUE)
    if (sd(a) > 0 && sd(b) > 0) return(two_groups(a, b)) } }),
  tiny = list(15, function() two_groups(rnorm(sample(3:40, 1), 2e-9, 1e-9), rnorm(sample(3:40, 1), 2.5e-9, 1e-9))),
  huge = list(15, function() two_groups(rnorm(sample(3:40, 1), 3e9, 1e9), rnorm(sample(3:40, 1), 3.5e9, 1e9))),
  huge_noise = list(15, function() two_groups(1e9 + rnorm(sample(3:40, 1)), 1e9 + rnorm(sample(3:40, 1), 0.7))),
  nulls = list(12, function() { r <- two_groups(rnorm(sample(4:30, 1), 5), rnorm(sample(4:30, 1), 6))
    r$v[sample(length(r$v), 2)] <- NA; r$g[sample(length(r$g), 1)] <- NA; r }),
  large = list(8, function() { n1 <- sample(1000:3000, 1); n2 <- sample(1000:3000, 1)
    two_groups(rnorm(n1, 0, 1), rnorm(n2, runif(1, 0.4, 1.2), 1.3)) })
)

for (sc in names(indep_scenarios)) {
  cnt <- indep_scenarios[[sc]][[1]]; gen <- indep_scenarios[[sc]][[2]]
  off <- sample(nrow(T_OPTS), 1)
  for (i in seq_len(cnt)) {
    id <- sprintf("indep:%s:%03d", sc, i)
    d <- gen(); v <- xval_roundtrip(d$v)
    o <- t_opt(i + off)
    add_dataset(xval_frame(DATA_COLS, id = id, x = v, grp = d$g,
                           alternative = o$alternative, conf_level = o$conf_level),
                ref_indep(v, d$g, o$alternative, o$conf_level))
  }
}

# ------------------------------------------------------------------ t_test_from_summary
# R has no summary-statistics t-test; this is stats:::t.test.default's code path
# (R 4.2.2) with the sample moments replaced by the given ones.  It is checked
# against t.test on raw data below, so it is R's arithmetic, not a re-derivation.
t_from_summary <- function(m1, s1, n1, m2, s2, n2, ralt, cl = 0.95) {
  one <- function(stderr, df) {
    if (stderr < 10 * .Machine$double.eps * max(abs(m1), abs(m2))) return(NULL)  # R's "essentially constant"
    t <- (m1 - m2) / stderr
    if (ralt == "less") { p <- pt(t, df); ci <- c(-Inf, t + qt(cl, df)) }
    else if (ralt == "greater") { p <- pt(t, df, lower.tail = FALSE); ci <- c(t - qt(cl, df), Inf) }
    else { p <- 2 * pt(-abs(t), df); q <- qt(1 - (1 - cl) / 2, df); ci <- t + c(-q, q) }
    list(t = t, df = df, p = p, ci = ci * stderr)
  }
  df <- n1 + n2 - 2
  v <- 0
  if (n1 > 1) v <- v + (n1 - 1) * s1^2
  if (n2 > 1) v <- v + (n2 - 1) * s2^2
  st <- one(sqrt(v / df * (1 / n1 + 1 / n2)), df)
  se1 <- s1^2 / n1; se2 <- s2^2 / n2
  se <- sqrt(se1 + se2)
  we <- one(se, se^4 / (se1^2 / (n1 - 1) + se2^2 / (n2 - 1)))
  ref <- list(n1 = n1, n2 = n2, n_skipped = 0, mean1 = m1, mean2 = m2, sd1 = s1, sd2 = s2,
              mean_diff = m1 - m2, df = df)
  if (!is.null(st)) {
    ref$t <- st$t; ref$p_value <- st$p; ref$ci_lower <- st$ci[1]; ref$ci_upper <- st$ci[2]
    ref$cohen_d <- (m1 - m2) / sqrt(v / df)
    ref$hedges_g <- ref$cohen_d * hedges_j(df)
  }
  if (!is.null(we)) {
    ref$t_welch <- we$t; ref$df_welch <- we$df; ref$p_welch <- we$p
    ref$ci_lower_welch <- we$ci[1]; ref$ci_upper_welch <- we$ci[2]
  }
  ref
}

# Self-check: the summary path reproduces t.test on raw data.
for (i in 1:30) {
  a <- rnorm(sample(2:30, 1), 10, 3); b <- rnorm(sample(2:30, 1), 11, 5)
  ralt <- c("two.sided", "less", "greater")[i %% 3 + 1]; cl <- c(0.9, 0.95, 0.99)[i %% 3 + 1]
  s <- t_from_summary(mean(a), sd(a), length(a), mean(b), sd(b), length(b), ralt, cl)
  st <- t.test(a, b, var.equal = TRUE, alternative = ralt, conf.level = cl)
  we <- t.test(a, b, alternative = ralt, conf.level = cl)
  stopifnot(isTRUE(all.equal(c(s$t, s$p_value, s$ci_lower, s$ci_upper, s$t_welch, s$df_welch, s$p_welch),
                             unname(c(st$statistic, st$p.value, st$conf.int, we$statistic, we$parameter, we$p.value)),
                             tolerance = 1e-13)))
}

S_OPTS <- c(NA, "two-sided", "less", "greater")
summary_scenarios <- list(
  normal = list(40, function() list(m1 = rnorm(1, 50, 10), s1 = runif(1, 1, 20), n1 = sample(3:300, 1),
                                    m2 = rnorm(1, 50, 10), s2 = runif(1, 1, 20), n2 = sample(3:300, 1))),
  n2 = list(8, function() list(m1 = rnorm(1, 5), s1 = runif(1, 0.5, 3), n1 = 2,
                               m2 = rnorm(1, 6), s2 = runif(1, 0.5, 3), n2 = 2)),
  zerovar1 = list(6, function() list(m1 = 60, s1 = 0, n1 = sample(2:20, 1),
                                     m2 = rnorm(1, 55, 5), s2 = runif(1, 1, 10), n2 = sample(2:40, 1))),
  zerovar2 = list(4, function() list(m1 = 60, s1 = 0, n1 = sample(2:20, 1), m2 = 61, s2 = 0, n2 = sample(2:20, 1))),
  huge = list(6, function() list(m1 = rnorm(1, 1e9, 1e7), s1 = runif(1, 1e6, 1e8), n1 = sample(3:100, 1),
                                 m2 = rnorm(1, 1e9, 1e7), s2 = runif(1, 1e6, 1e8), n2 = sample(3:100, 1))),
  tiny = list(6, function() list(m1 = rnorm(1, 1e-9, 1e-10), s1 = runif(1, 1e-11, 1e-10), n1 = sample(3:100, 1),
                                 m2 = rnorm(1, 1e-9, 1e-10), s2 = runif(1, 1e-11, 1e-10), n2 = sample(3:100, 1))),
  # a published Table 1 with a huge effect: p far out in the tail
  large = list(6, function() list(m1 = 70, s1 = runif(1, 5, 10), n1 = sample(500:5000, 1),
                                  m2 = 60, s2 = runif(1, 5, 10), n2 = sample(500:5000, 1)))
)
for (sc in names(summary_scenarios)) {
  cnt <- summary_scenarios[[sc]][[1]]; gen <- summary_scenarios[[sc]][[2]]
  for (i in seq_len(cnt)) {
    id <- sprintf("summary:%s:%03d", sc, i)
    s <- lapply(gen(), function(v) if (is.double(v)) xval_roundtrip(v) else v)
    alt <- S_OPTS[(i - 1) %% length(S_OPTS) + 1]
    add_dataset(xval_frame(DATA_COLS, id = id, mean1 = s$m1, sd1 = s$s1, n1 = as.integer(s$n1),
                           mean2 = s$m2, sd2 = s$s2, n2 = as.integer(s$n2), alternative = alt),
                t_from_summary(s$m1, s$s1, s$n1, s$m2, s$s2, s$n2, xval_r_alternative(alt)))
  }
}

# ------------------------------------------------------------------ levene_test
# Levene (1960) / Brown-Forsythe (1974) from the definition: the one-way ANOVA F
# on z = |x - centre of x's group|, centre = group mean or group median (for even
# n the average of the two middle values), all z kept (no removal of the zero
# that an odd group's median produces).  F undefined (NA) when the within-group
# sum of squares of z is 0.  df1 = k - 1, df2 = n - k are reported whenever
# k >= 2 and n > k.
ref_levene <- function(v, g, center) {
  ok <- !is.na(v) & !is.na(g)
  v <- v[ok]; g <- g[ok]
  ctr <- if (is.na(center) || center == "mean") mean else median
  z <- abs(v - ave(v, g, FUN = ctr))
  k <- length(unique(g)); n <- length(v)
  ref <- list(k = k, n = n, n_skipped = sum(!ok), df1 = k - 1, df2 = n - k)
  zbar_g <- ave(z, g)
  ssb <- sum((zbar_g - mean(z))^2)
  ssw <- sum((z - zbar_g)^2)
  if (k >= 2 && n > k && ssw > 0) {
    ref$f <- (ssb / (k - 1)) / (ssw / (n - k))
    ref$p_value <- pf(ref$f, k - 1, n - k, lower.tail = FALSE)
    # the same number from R's ANOVA
    fa <- anova(lm(z ~ factor(g)))[["F value"]][1]
    stopifnot(isTRUE(all.equal(ref$f, fa, tolerance = 1e-8)))
  }
  ref
}

k_groups <- function(samples) {
  labs <- sample(c("CF", "SP", "OP", "control", "T12 fracture", "L1", "myeloma"), length(samples))
  v <- unlist(samples); g <- rep(labs, lengths(samples))
  p <- sample(length(v)); list(v = v[p], g = g[p])
}
rk <- function() sample(2:5, 1)
levene_scenarios <- list(
  normal = list(30, function() k_groups(lapply(seq_len(rk()), function(j) rnorm(sample(3:40, 1), 50, runif(1, 2, 15))))),
  skewed = list(20, function() k_groups(lapply(seq_len(rk()), function(j) rexp(sample(3:40, 1), runif(1, 0.05, 1))))),
  n2 = list(10, function() k_groups(c(list(rnorm(2, 5)), lapply(seq_len(rk() - 1), function(j) rnorm(sample(3:10, 1), 5))))),
  ties = list(20, function() k_groups(lapply(seq_len(rk()), function(j) sample(0:10, sample(4:40, 1), TRUE)))),
  zerovar1 = list(8, function() k_groups(c(list(rep(7, sample(2:10, 1))), lapply(seq_len(rk() - 1), function(j) sample(0:20, sample(3:15, 1), TRUE))))),
  zerovar_all = list(4, function() k_groups(lapply(seq_len(rk()), function(j) rep(sample(0:20, 1), sample(2:10, 1))))),
  tiny = list(8, function() k_groups(lapply(seq_len(rk()), function(j) rnorm(sample(3:30, 1), 1e-9, runif(1, 1e-11, 1e-10))))),
  huge = list(8, function() k_groups(lapply(seq_len(rk()), function(j) rnorm(sample(3:30, 1), 1e9, runif(1, 1e7, 1e8))))),
  huge_noise = list(8, function() k_groups(lapply(seq_len(rk()), function(j) 1e9 + rnorm(sample(3:30, 1), 0, runif(1, 0.5, 2))))),
  nulls = list(8, function() { r <- k_groups(lapply(seq_len(rk()), function(j) rnorm(sample(5:30, 1))))
    r$v[sample(length(r$v), 2)] <- NA; r$g[sample(length(r$g), 1)] <- NA; r }),
  large = list(6, function() k_groups(lapply(seq_len(rk()), function(j) rnorm(sample(500:2000, 1), 0, j))))
)
L_OPTS <- c(NA, "mean", "median")
for (sc in names(levene_scenarios)) {
  cnt <- levene_scenarios[[sc]][[1]]; gen <- levene_scenarios[[sc]][[2]]
  for (i in seq_len(cnt)) {
    id <- sprintf("levene:%s:%03d", sc, i)
    d <- gen(); v <- xval_roundtrip(d$v)
    center <- L_OPTS[(i - 1) %% length(L_OPTS) + 1]
    add_dataset(xval_frame(DATA_COLS, id = id, x = v, grp = d$g, center = center),
                ref_levene(v, d$g, center))
  }
}

# ------------------------------------------------------------------ write
data <- xval_bind(data_frames)
data$n1 <- as.integer(data$n1); data$n2 <- as.integer(data$n2)
ref <- as.data.frame(do.call(rbind, lapply(ref_rows, function(r) as.data.frame(r, stringsAsFactors = FALSE))),
                     stringsAsFactors = FALSE)
xval_write_csv(data, file.path(args$outdir, "data.csv"), na = "")
xval_write_csv(ref, file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("ttest: %d datasets, %d data rows (seed %d)\n", nrow(ref), nrow(data), args$seed))
