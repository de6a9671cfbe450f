# test/xval/normality/gen.R — datasets and R reference results for the
# normality family: ks_normality(value) (Lilliefors), ks_normality(value,
# mean, sd) (fully specified normal) and shapiro_wilk(value).
#
#   Rscript gen.R SEED OUTDIR  ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Dataset ids are GROUP:SCENARIO:NNN with GROUP lillie, ksknown or sw.
# References (R 4.2.2, computed here at run time): nortest::lillie.test,
# stats::ks.test (exact = NULL, i.e. R's own choice of exact or asymptotic,
# and alternative = "greater"/"less" for D+ / D-), stats::shapiro.test.
# Where R has no function: p_kolmogorov is SPSS 21's published four-branch
# formula written out below; W beyond n = 5000 (shapiro.test refuses) comes
# from Royston's (1992) coefficients written out below, checked here against
# shapiro.test on every dataset with n <= 5000; p_tail is the upper tail of
# the known-parameter KS p summed directly (no 1 - P cancellation) for the
# far-tail scenarios, where ks.test's 1 - P has lost its relative digits.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
suppressPackageStartupMessages(library(nortest))
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "x", "mean", "sd")
REF_COLS <- c("id", "n", "n_skipped", "mean", "sd", "d", "d_plus", "d_minus",
              "z", "p_value", "p_kolmogorov", "p_tail", "w")

data_frames <- list()
ref_rows <- list()
counter <- new.env()
next_id <- function(group, scen) {
  key <- paste(group, scen)
  k <- if (is.null(counter[[key]])) 1L else counter[[key]] + 1L
  counter[[key]] <- k
  sprintf("%s:%s:%03d", group, scen, k)
}
add_dataset <- function(id, x, ref, mean = NA_real_, sd = NA_real_) {
  stopifnot(all(names(ref) %in% REF_COLS))
  x <- x[sample.int(length(x))]                    # rows in random order
  data_frames[[length(data_frames) + 1]] <<-
    xval_frame(DATA_COLS, id = id, x = x, mean = mean, sd = sd)
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- ref
  row <- lapply(row, function(v) if (is.double(v) && is.nan(v)) NA else v)
  row$id <- id
  ref_rows[[length(ref_rows) + 1]] <<- row
}

# ------------------------------------------------------------ references
# SPSS 21 NPAR TESTS /K-S "Asymp. Sig." on Z = sqrt(n) D: SPSS's four-branch
# approximation of the Kolmogorov limit distribution (within 4.1e-7 absolute).
spss_kolmogorov_p <- function(z) {
  if (z < 0.27) return(1)
  if (z < 1) {
    q <- exp(-1.233701 / z^2)
    return(1 - 2.506628 / z * (q + q^9 + q^25))
  }
  if (z < 3.1) {
    q <- exp(-2 * z^2)
    return(2 * (q - q^4 + q^9 - q^16))
  }
  0
}

# D, D+, D- against N(m, s^2) from ks.test (ties warn: expected)
ks_stats <- function(x, m, s) {
  ks <- function(alt) suppressWarnings(ks.test(x, "pnorm", m, s, alternative = alt))
  list(d = unname(ks("two.sided")$statistic),
       d_plus = unname(ks("greater")$statistic),
       d_minus = unname(ks("less")$statistic))
}

ref_lillie <- function(xall) {
  x <- xall[!is.na(xall)]; n <- length(x)
  ref <- list(n = n, n_skipped = sum(is.na(xall)))
  if (n >= 1) ref$mean <- mean(x)
  if (n >= 2) ref$sd <- sd(x)
  if (n < 2 || sd(x) == 0) return(ref)
  ref <- c(ref, ks_stats(x, mean(x), sd(x)))
  ref$z <- sqrt(n) * ref$d
  ref$p_kolmogorov <- spss_kolmogorov_p(ref$z)
  if (n >= 5) {
    lt <- lillie.test(x)
    stopifnot(abs(unname(lt$statistic) - ref$d) <= 1e-15)
    ref$p_value <- lt$p.value
  }
  ref
}

# Upper tail of the KS p, summed without 1 - P: exact (n < 100, no ties,
# d >= 1/2: P(D >= d) = 2 P(D+ >= d), Birnbaum-Tingey) or the Kolmogorov
# limit 2 sum (-1)^(k-1) exp(-2 k^2 z^2).
ks_tail <- function(d, n, exact) {
  if (exact) {
    stopifnot(d >= 0.5)
    j <- 0:floor(n * (1 - d))
    return(2 * d * sum(exp(lchoose(n, j) + (n - j) * log(1 - d - j / n) + (j - 1) * log(d + j / n))))
  }
  z <- sqrt(n) * d; k <- 1:50
  sum(2 * (-1)^(k - 1) * exp(-2 * k^2 * z^2))
}

ref_ksknown <- function(xall, m, s, tail = FALSE) {
  x <- xall[!is.na(xall)]; n <- length(x)
  ref <- list(n = n, n_skipped = sum(is.na(xall)), mean = m, sd = s)
  if (n < 1) return(ref)
  ref <- c(ref, ks_stats(x, m, s))
  ref$z <- sqrt(n) * ref$d
  ref$p_kolmogorov <- spss_kolmogorov_p(ref$z)
  kt <- suppressWarnings(ks.test(x, "pnorm", m, s))
  ref$p_value <- kt$p.value
  if (!kt$exact && ref$z < 1) {
    # R 4.2.2 calls C_pKS2 with tol = 1e-6, which for z < 1 keeps only the
    # first term of the theta series 1 - K(z) = 1 - sqrt(2 pi)/z sum_k
    # exp(-(2k-1)^2 pi^2 / (8 z^2)): an absolute error up to ~4e-5.  The
    # reference is that series summed to convergence; the check below
    # shows the difference is exactly R's dropped terms.
    k <- seq(1, 41, 2)
    full <- 1 - sqrt(2 * pi) / ref$z * sum(exp(-k^2 * pi^2 / (8 * ref$z^2)))
    first <- 1 - sqrt(2 * pi) / ref$z * exp(-pi^2 / (8 * ref$z^2))
    stopifnot(abs(first - kt$p.value) <= 1e-13, abs(full - kt$p.value) <= 5e-5)
    ref$p_value <- full
  }
  if (tail) ref$p_tail <- ks_tail(ref$d, n, kt$exact)
  ref
}

# Royston (1992) coefficients and W, for n beyond shapiro.test's 5000.
royston_w <- function(x) {
  x <- sort(x); n <- length(x)
  m <- qnorm(((1:n) - 0.375) / (n + 0.25))
  ssm <- sqrt(sum(m^2)); u <- 1 / sqrt(n)
  poly <- function(cc, u) sum(cc * u^(0:(length(cc) - 1)))
  a <- m / ssm
  an <- poly(c(0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056), u) + m[n] / ssm
  if (n > 5) {
    an1 <- poly(c(0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633), u) + m[n - 1] / ssm
    phi <- (sum(m^2) - 2 * m[n]^2 - 2 * m[n - 1]^2) / (1 - 2 * an^2 - 2 * an1^2)
    a <- m / sqrt(phi)
    a[c(n - 1, n)] <- c(an1, an); a[c(2, 1)] <- -c(an1, an)
  } else {
    phi <- (sum(m^2) - 2 * m[n]^2) / (1 - 2 * an^2)
    a <- m / sqrt(phi)
    a[n] <- an; a[1] <- -an
  }
  if (n == 3) a <- c(-sqrt(0.5), 0, sqrt(0.5))
  xc <- x - mean(x)
  sum(a * xc)^2 / sum(xc^2)
}

# shift: a constant subtracted exactly (Sterbenz) before calling R, for data
# 1e6 + N(0, 1), where shapiro.test's own sums lose ~1e-10 of W; W and p are
# location invariant, so shapiro.test(x - shift) is the same test, computed
# without that rounding.
ref_sw <- function(xall, shift = 0) {
  x <- xall[!is.na(xall)]; n <- length(x)
  ref <- list(n = n, n_skipped = sum(is.na(xall)))
  if (n < 3 || max(x) == min(x)) return(ref)
  if (n <= 5000) {
    st <- shapiro.test(x - shift)
    ref$w <- unname(st$statistic)
    ref$p_value <- st$p.value
    stopifnot(abs(royston_w(x) - ref$w) <= 1e-9 * max(1e-3, 1 - ref$w))
  } else {
    ref$w <- royston_w(x)
  }
  ref
}

# ------------------------------------------------------------ samples
rsample <- function(kind, n) {
  switch(kind,
    normal = rnorm(n, 10, 3),
    skewed = rexp(n, 0.5),
    lognormal = exp(rnorm(n, 0, 1)),
    uniform = runif(n),
    bimodal = c(rnorm(n %/% 2, 0, 1), rnorm(n - n %/% 2, 4, 1)),
    ties = as.numeric(sample(0:10, n, replace = TRUE, prob = c(1, 2, 3, 5, 8, 9, 8, 5, 3, 2, 1))),
    ties_half = round(rnorm(n, 50, 5)) / 2,
    tiny = rnorm(n, 0, 1) * 1e-9,
    huge = rnorm(n, 0, 1) * 1e9,
    offset = 1e6 + rnorm(n),
    heavy = rt(n, 2),
    stop(kind))
}
with_nulls <- function(x) { x[sample.int(length(x), max(1, length(x) %/% 10))] <- NA; x }

small_n <- c(5:12, 15, 20, 25, 30, 40, 50, 75, 99, 100, 101, 150, 250, 500)
big_n <- c(1000, 2500, 4999, 5000)

# ks_normality(value): Lilliefors
for (kind in c("normal", "skewed", "lognormal", "uniform", "bimodal", "ties",
               "ties_half", "tiny", "huge", "offset", "heavy"))
  for (n in c(sample(small_n, 14), sample(big_n, 1))) {
    x <- rsample(kind, n)
    add_dataset(next_id("lillie", kind), x, ref_lillie(x))
  }
for (n in c(1:4, 1:4)) { x <- rnorm(n); add_dataset(next_id("lillie", "smalln"), x, ref_lillie(x)) }
for (n in c(1, 2, 5, 40)) { x <- rep(3.25, n); add_dataset(next_id("lillie", "constant"), x, ref_lillie(x)) }
for (n in c(10, 60, 300)) { x <- with_nulls(rnorm(n)); add_dataset(next_id("lillie", "nulls"), x, ref_lillie(x)) }
x <- c(NA_real_, NA_real_); add_dataset(next_id("lillie", "nulls"), x, ref_lillie(x))
for (n in c(20000, 60000)) { x <- rsample("normal", n); add_dataset(next_id("lillie", "large"), x, ref_lillie(x)) }
for (n in c(30000)) { x <- rsample("ties", n); add_dataset(next_id("lillie", "large_ties"), x, ref_lillie(x)) }

# ks_normality(value, mean, sd): fully specified normal
for (kind in c("normal", "skewed", "uniform", "ties", "ties_half", "tiny", "huge", "heavy"))
  for (n in c(1, 2, 3, sample(small_n, 14), sample(big_n, 1))) {
    x <- rsample(kind, n)
    # the true parameters, or slightly / badly wrong ones
    m <- switch(kind, normal = 10, skewed = 2, uniform = 0.5, ties = 5, ties_half = 25,
                tiny = 0, huge = 0, heavy = 0) * sample(c(1, 1, 1.05), 1)
    s <- switch(kind, normal = 3, skewed = 2, uniform = 0.3, ties = 2, ties_half = 2.5,
                tiny = 1e-9, huge = 1e9, heavy = 1.5) * sample(c(1, 0.9, 1.2), 1)
    add_dataset(next_id("ksknown", kind), x, ref_ksknown(x, m, s), m, s)
  }
for (n in c(10, 60, 300)) {
  x <- with_nulls(rnorm(n)); add_dataset(next_id("ksknown", "nulls"), x, ref_ksknown(x, 0, 1), 0, 1)
}
# far tails: exact (n < 100, D >= 1/2) and asymptotic (n >= 100)
for (n in c(3, 8, 15, 30, 50, 80, 99)) {
  x <- rnorm(n, 2.5, 1)
  r <- ref_ksknown(x, 0, 1)
  if (r$d >= 0.5) add_dataset(next_id("ksknown", "tail_exact"), x, ref_ksknown(x, 0, 1, TRUE), 0, 1)
}
for (n in c(100, 150, 400, 1000, 3000)) {
  x <- rnorm(n, 0.35, 1)
  add_dataset(next_id("ksknown", "tail_asym"), x, ref_ksknown(x, 0, 1, TRUE), 0, 1)
}

# shapiro_wilk(value)
for (kind in c("normal", "skewed", "lognormal", "uniform", "bimodal", "ties",
               "ties_half", "tiny", "huge", "offset", "heavy"))
  for (n in c(3, 4, sample(c(5:12, 15, 20, 30, 50, 100, 250, 500), 12), sample(big_n, 1))) {
    x <- rsample(kind, n)
    add_dataset(next_id("sw", kind), x, ref_sw(x, if (kind == "offset") 1e6 else 0))
  }
for (n in c(0, 1, 2, 3, 3)) { x <- if (n == 0) NA_real_ else rnorm(n); add_dataset(next_id("sw", "smalln"), x, ref_sw(x)) }
for (n in c(3, 10, 200)) { x <- rep(-1.5, n); add_dataset(next_id("sw", "constant"), x, ref_sw(x)) }
for (n in c(10, 60, 300)) { x <- with_nulls(rnorm(n)); add_dataset(next_id("sw", "nulls"), x, ref_sw(x)) }
for (n in c(5001, 6000, 20000)) { x <- rsample("normal", n); add_dataset(next_id("sw", "beyond5000"), x, ref_sw(x)) }
x <- rsample("skewed", 8000); add_dataset(next_id("sw", "beyond5000"), x, ref_sw(x))

data <- xval_bind(data_frames)
ref <- xval_bind(lapply(ref_rows, as.data.frame, stringsAsFactors = FALSE))
ref <- ref[ref$id %in% data$id, REF_COLS]
xval_write_csv(data, file.path(args$outdir, "data.csv"))
xval_write_csv(ref, file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("normality: %d datasets, %d rows\n", nrow(ref), nrow(data)))
