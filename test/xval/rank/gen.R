# test/xval/rank/gen.R — datasets and reference results for the rank tests:
# mann_whitney_u and wilcoxon_signed_rank.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Dataset ids are FUNCTION:SCENARIO:NNN with FUNCTION mwu or wsr.  Every
# reference number is computed here at run time:
#   * R wilcox.test: p_value (exact = FALSE, correct = FALSE), p_value_cc
#     (exact = FALSE, correct = TRUE), u / v (W, V), p_exact without ties and
#     zeros (exact = TRUE), ci_lower / ci_upper in R's exact branch;
#   * coin wilcox_test / wilcoxsign_test: z (asymptotic standardized
#     statistic), p_exact with ties or zeros (distribution = "exact",
#     zero.method = "Wilcoxon");
#   * rank(): rank sums and mean ranks; median(outer()) of the differences or
#     Walsh averages: hodges_lehmann;
#   * R's large-sample interval: R solves its own continuity- and tie-corrected
#     statistic z(d) = zq with uniroot(tol = 1e-4), which can only say where the
#     step function z(d) jumps to within 1e-4 (useless for data of scale 1e-9).
#     The reference is therefore the jump itself: R's statistic (the wdiff
#     function of wilcox.test, written out below from its documented definition)
#     evaluated on the plateaus between consecutive distinct differences and
#     bisected to the difference where it crosses zq, with R's end-point rules.
#     Checked against wilcox.test's own interval (within 2e-4 on data of scale
#     ~1) in this script: a mismatch stops it.
# Definitions R leaves open are in test/xval/rank/README.md.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
suppressMessages(library(coin))
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "x", "y", "grp", "alternative", "conf_level")
REF_COLS <- c("id",
  "group1", "group2", "n1", "n2", "n_skipped", "mean_rank1", "mean_rank2",
  "rank_sum1", "rank_sum2", "u", "u_min", "z", "p_value", "p_value_cc", "p_exact",
  "effect_r", "rank_biserial", "hodges_lehmann", "ci_lower", "ci_upper",
  "n", "n_zero", "v")

data_frames <- list()
ref_rows <- list()
add_dataset <- function(data, ref) {
  stopifnot(length(unique(data$id)) == 1, all(names(ref) %in% REF_COLS))
  data_frames[[length(data_frames) + 1]] <<- data
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- ref
  row <- lapply(row, function(v) if (is.double(v) && is.nan(v)) NA else v)
  row$id <- data$id[1]
  ref_rows[[length(ref_rows) + 1]] <<- row
}

OPTS <- rbind(
  data.frame(alternative = NA, conf_level = NA),
  data.frame(alternative = c("two-sided", "less", "greater"), conf_level = NA),
  expand.grid(alternative = c("two-sided", "less", "greater"),
              conf_level = c(0.90, 0.95, 0.99), stringsAsFactors = FALSE))
opt <- function(i) OPTS[(i - 1) %% nrow(OPTS) + 1, ]

COIN_MAX_N <- 240        # coin's exact shift algorithm beyond this is slow
n_uniroot_checked <- 0

# R's continuity correction (wilcox.test, correct = TRUE)
cc_of <- function(dz, ralt) switch(ralt, two.sided = sign(dz) * 0.5, greater = 0.5, less = -0.5)

# Root of a non-increasing step function f over sorted distinct points u
# with R's end-point rules: f(u1) <= 0 -> u1, f(uK) >= 0 -> uK, else the
# point u_k where f crosses zero (smallest k whose right plateau is <= 0).
step_root <- function(f, u) {
  K <- length(u)
  if (f(u[1]) <= 0) return(u[1])
  if (f(u[K]) >= 0) return(u[K])
  plateau <- function(k) f((u[k] + u[k + 1]) / 2)
  lo <- 1; hi <- K - 1          # invariant: answer in [lo, hi]
  if (plateau(hi) > 0) return(u[K])
  while (lo < hi) {
    mid <- (lo + hi) %/% 2
    if (plateau(mid) <= 0) hi <- mid else lo <- mid + 1
  }
  u[lo]
}

# The large-sample interval of wilcox.test, as the exact jump of R's statistic.
ci_normal <- function(wdiff, u, ralt, cl) {
  alpha <- 1 - cl
  switch(ralt,
    two.sided = c(step_root(function(d) wdiff(d, qnorm(alpha / 2, lower.tail = FALSE)), u),
                  step_root(function(d) wdiff(d, qnorm(alpha / 2)), u)),
    greater = c(step_root(function(d) wdiff(d, qnorm(alpha, lower.tail = FALSE)), u), Inf),
    less = c(-Inf, step_root(function(d) wdiff(d, qnorm(alpha)), u)))
}

try_or_null <- function(expr) tryCatch(expr, error = function(e) NULL)

# ------------------------------------------------------------------ mann_whitney_u
ref_mwu <- function(v, g, alt, cl) {
  ralt <- xval_r_alternative(alt)
  rcl <- if (is.na(cl)) 0.95 else cl
  ok <- !is.na(v) & !is.na(g)
  v <- v[ok]; g <- g[ok]
  labs <- xval_sort_labels(g)
  ref <- list(n_skipped = sum(!ok))
  if (length(labs) >= 1) { ref$group1 <- labs[1]; ref$n1 <- sum(g == labs[1]) } else ref$n1 <- 0L
  if (length(labs) >= 2) { ref$group2 <- labs[2]; ref$n2 <- sum(g == labs[2]) } else ref$n2 <- 0L
  if (length(labs) < 2) return(ref)
  x <- v[g == labs[1]]; y <- v[g == labs[2]]
  n1 <- length(x); n2 <- length(y); N <- n1 + n2
  r <- rank(c(x, y))
  ties <- any(duplicated(c(x, y)))
  ref$rank_sum1 <- sum(r[1:n1]); ref$rank_sum2 <- sum(r[-(1:n1)])
  ref$mean_rank1 <- mean(r[1:n1]); ref$mean_rank2 <- mean(r[-(1:n1)])
  W <- unname(wilcox.test(x, y, exact = FALSE, correct = FALSE)$statistic)
  ref$u <- W; ref$u_min <- min(W, n1 * n2 - W)
  ref$rank_biserial <- 2 * W / (n1 * n2) - 1
  ref$hodges_lehmann <- median(outer(x, y, "-"))
  alltied <- length(unique(c(x, y))) == 1
  dat <- data.frame(v = c(x, y), g = factor(rep(c("g1", "g2"), c(n1, n2))))
  if (!alltied) {
    ref$p_value <- wilcox.test(x, y, exact = FALSE, correct = FALSE, alternative = ralt)$p.value
    ref$p_value_cc <- wilcox.test(x, y, exact = FALSE, correct = TRUE, alternative = ralt)$p.value
    z <- unname(statistic(wilcox_test(v ~ g, data = dat)))
    ref$z <- z; ref$effect_r <- z / sqrt(N)
  }
  # exact p: R without ties, coin (conditional on ties) otherwise
  if (!ties && max(n1, n2) > 110) {
    # R's pwilcox costs O(n1 n2 q): only far in a tail (fartail scenario),
    # with R's rule for the two-sided p (without ties the same as ours,
    # P(|W - E W| >= |w - E W|), since the distribution is symmetric).
    stopifnot(min(W, n1 * n2 - W) <= 50)
    lo <- if (W <= n1 * n2 / 2) pwilcox(W, n1, n2) else pwilcox(W - 1, n1, n2, lower.tail = FALSE)
    ref$p_exact <- switch(ralt,
      less = pwilcox(W, n1, n2), greater = pwilcox(W - 1, n1, n2, lower.tail = FALSE),
      two.sided = min(1, 2 * lo))
  } else if (!ties) {
    ref$p_exact <- wilcox.test(x, y, exact = TRUE, alternative = ralt)$p.value
    if (N <= 40) {
      pc <- pvalue(wilcox_test(v ~ g, data = dat, distribution = "exact", alternative = ralt))
      stopifnot(abs(pc - ref$p_exact) <= 1e-10 * ref$p_exact)
    }
  } else if (N <= COIN_MAX_N) {
    ref$p_exact <- if (alltied) 1 else
      pvalue(wilcox_test(v ~ g, data = dat, distribution = "exact", alternative = ralt))
  }
  # interval: R's exact branch as R computes it, else the jump of R's statistic
  if (alltied) return(ref)
  if (n1 < 50 && n2 < 50 && !ties) {
    w <- suppressWarnings(wilcox.test(x, y, conf.int = TRUE, conf.level = rcl, alternative = ralt))
    ref$ci_lower <- w$conf.int[1]; ref$ci_upper <- w$conf.int[2]
  } else {
    wdiff <- function(d, zq) {
      dr <- c(x - d, y)
      nt <- table(dr)
      dz <- sum(rank(dr)[seq_along(x)]) - n1 * (n1 + 1) / 2 - n1 * n2 / 2
      sig <- sqrt((n1 * n2 / 12) * ((N + 1) - sum(nt^3 - nt) / (N * (N - 1))))
      (dz - cc_of(dz, ralt)) / sig - zq
    }
    ci <- ci_normal(wdiff, sort(unique(as.vector(outer(x, y, "-")))), ralt, rcl)
    ref$ci_lower <- ci[1]; ref$ci_upper <- ci[2]
    sc <- max(abs(c(x, y)))
    if (sc > 0.1 && sc < 1000 && N <= 400) {
      w <- try_or_null(suppressWarnings(wilcox.test(x, y, conf.int = TRUE, conf.level = rcl,
                                                    alternative = ralt, exact = FALSE)))
      if (!is.null(w)) {
        stopifnot(all(abs(w$conf.int - ci) <= 2e-4 | w$conf.int == ci))
        n_uniroot_checked <<- n_uniroot_checked + 1
      }
    }
  }
  ref
}

mwu_counter <- 0
add_mwu <- function(scen, x, y, labels = c("a", "b"), extra_null = FALSE) {
  mwu_counter <<- mwu_counter + 1
  o <- opt(mwu_counter)
  id <- sprintf("mwu:%s:%03d", scen, mwu_counter)
  v <- c(x, y); g <- rep(labels, c(length(x), length(y)))
  if (extra_null) { v <- c(v, NA, 1); g <- c(g, labels[1], NA) }
  p <- sample(length(v)); v <- xval_roundtrip(v[p]); g <- g[p]
  data <- xval_frame(DATA_COLS, id = id, x = v, grp = g,
                     alternative = o$alternative, conf_level = o$conf_level)
  add_dataset(data, ref_mwu(v, g, o$alternative, o$conf_level))
}

for (i in 1:40) add_mwu("normal", rnorm(sample(2:45, 1)), rnorm(sample(2:45, 1), runif(1, -1, 1)))
for (i in 1:20) add_mwu("unequal", rexp(sample(3:30, 1)), rexp(sample(40:90, 1), 2))
for (i in 1:30) add_mwu("ties", sample(0:10, sample(3:40, 1), TRUE), sample(0:10, sample(3:40, 1), TRUE))
for (i in 1:15) add_mwu("heavyties", sample(0:2, sample(5:50, 1), TRUE), sample(0:3, sample(5:50, 1), TRUE))
for (i in 1:10) add_mwu("n1eq1", rnorm(1), rnorm(sample(1:30, 1)))
for (i in 1:6) add_mwu("n1eq1ties", sample(0:3, 1), sample(0:3, sample(2:20, 1), TRUE))
for (i in 1:4) add_mwu("tiny", rnorm(1), rnorm(1))
for (i in 1:6) { k <- sample(0:5, 1); add_mwu("alltied", rep(k, sample(1:8, 1)), rep(k, sample(1:8, 1))) }
for (i in 1:4) add_mwu("onegroup", rnorm(sample(1:10, 1)), numeric(0))
for (i in 1:10) add_mwu("small_mag", 1e-9 * rnorm(sample(3:40, 1)), 1e-9 * rnorm(sample(3:40, 1), 0.5))
for (i in 1:10) add_mwu("big_mag", 1e9 * rnorm(sample(3:40, 1)), 1e9 * rnorm(sample(3:40, 1), 0.5))
for (i in 1:8) add_mwu("huge_noise", 1e9 + rnorm(sample(3:40, 1)), 1e9 + rnorm(sample(3:40, 1), 0.5))
for (i in 1:10) add_mwu("nulls", rnorm(sample(3:20, 1)), rnorm(sample(3:20, 1)), extra_null = TRUE)
for (i in 1:8) add_mwu("labels", rnorm(sample(3:20, 1)), rnorm(sample(3:20, 1)),
                       labels = sample(list(c("zeta, z", "alpha"), c("B", "a"), c("\u00e9t\u00e9", "ete")), 1)[[1]])
for (i in 1:12) add_mwu("large", rnorm(sample(50:110, 1)), rnorm(sample(50:110, 1), runif(1, -0.5, 0.5)))
for (i in 1:6) add_mwu("largeties", sample(0:10, sample(60:120, 1), TRUE), sample(0:10, sample(60:120, 1), TRUE))
# group 1 in list mode (> 128 distinct values), group 2 in map mode, ties across
for (i in 1:6) add_mwu("mixedmode", round(rnorm(sample(150:180, 1)) * 100) / 10, sample(-5:5, sample(40:60, 1), TRUE))
for (i in 1:6) add_mwu("fartail", rnorm(sample(200:400, 1)), rnorm(sample(200:400, 1), 8))

# ------------------------------------------------------------------ wilcoxon_signed_rank
ref_wsr <- function(x, y, alt, cl) {
  ralt <- xval_r_alternative(alt)
  rcl <- if (is.na(cl)) 0.95 else cl
  ok <- !is.na(x) & !is.na(y)
  x <- x[ok]; y <- y[ok]
  d0 <- x - y
  d <- d0[d0 != 0]
  n <- length(d)
  ref <- list(n = n, n_zero = sum(d0 == 0), n_skipped = sum(!ok))
  if (n == 0) return(ref)
  ties <- any(duplicated(abs(d)))
  zeros <- any(d0 == 0)
  r <- rank(abs(d))
  ref$v <- sum(r[d > 0])
  w <- wilcox.test(d0, exact = FALSE, correct = FALSE, alternative = ralt)
  stopifnot(unname(w$statistic) == ref$v)
  ref$p_value <- w$p.value
  ref$p_value_cc <- wilcox.test(d0, exact = FALSE, correct = TRUE, alternative = ralt)$p.value
  z <- unname(statistic(wilcoxsign_test(x ~ y, zero.method = "Wilcoxon")))
  ref$z <- z; ref$effect_r <- z / sqrt(n)
  wa <- outer(d, d, "+"); ref$hodges_lehmann <- median(wa[!lower.tri(wa)] / 2)
  if (!ties && !zeros) {
    ref$p_exact <- wilcox.test(d, exact = TRUE, alternative = ralt)$p.value
    if (n <= 40) {
      pc <- pvalue(wilcoxsign_test(x ~ y, zero.method = "Wilcoxon", distribution = "exact",
                                   alternative = ralt))
      stopifnot(abs(pc - ref$p_exact) <= 1e-10 * ref$p_exact)
    }
  } else if (n <= COIN_MAX_N) {
    ref$p_exact <- pvalue(wilcoxsign_test(x ~ y, zero.method = "Wilcoxon", distribution = "exact",
                                          alternative = ralt))
  }
  if (n < 50 && !ties && !zeros) {
    w <- suppressWarnings(wilcox.test(d, conf.int = TRUE, conf.level = rcl, alternative = ralt))
    ref$ci_lower <- w$conf.int[1]; ref$ci_upper <- w$conf.int[2]
  } else {
    walsh <- sort(unique(wa[!lower.tri(wa)] / 2))
    if (length(walsh) < 2) return(ref)  # R: all observations tied, no interval
    wdiff <- function(dd, zq) {
      xd <- d - dd
      xd <- xd[xd != 0]
      nx <- length(xd)
      dr <- rank(abs(xd))
      zd <- sum(dr[xd > 0]) - nx * (nx + 1) / 4
      nt <- table(dr)
      sig <- sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - sum(nt^3 - nt) / 48)
      (zd - cc_of(zd, ralt)) / sig - zq
    }
    # R evaluates its end points at min(d) and max(d), not the extreme Walsh
    # averages, and doubles alpha until they bracket the root (its 'less'
    # branch tests qnorm(alpha/2) but solves for qnorm(alpha)); alpha >= 1
    # gives median(d).
    u <- sort(unique(c(walsh, min(d), max(d))))
    alpha <- 1 - rcl
    fmin <- wdiff(min(d), 0); fmax <- wdiff(max(d), 0)
    if (ralt == "two.sided") {
      while (fmin - qnorm(alpha / 2, lower.tail = FALSE) < 0 || fmax - qnorm(alpha / 2) > 0) alpha <- alpha * 2
      ci <- if (alpha < 1) c(step_root(function(t) wdiff(t, qnorm(alpha / 2, lower.tail = FALSE)), u),
                             step_root(function(t) wdiff(t, qnorm(alpha / 2)), u)) else rep(median(d), 2)
    } else if (ralt == "greater") {
      while (fmin - qnorm(alpha, lower.tail = FALSE) < 0) alpha <- alpha * 2
      ci <- c(if (alpha < 1) step_root(function(t) wdiff(t, qnorm(alpha, lower.tail = FALSE)), u) else median(d), Inf)
    } else {
      while (fmax - qnorm(alpha / 2) > 0) alpha <- alpha * 2
      ci <- c(-Inf, if (alpha < 1) step_root(function(t) wdiff(t, qnorm(alpha)), u) else median(d))
    }
    ref$ci_lower <- ci[1]; ref$ci_upper <- ci[2]
    sc <- max(abs(d))
    if (sc > 0.1 && sc < 1000 && n <= 300) {
      w <- try_or_null(suppressWarnings(wilcox.test(d, conf.int = TRUE, conf.level = rcl,
                                                    alternative = ralt, exact = FALSE)))
      if (!is.null(w)) {
        if (!all(abs(w$conf.int - ci) <= 2e-4 | w$conf.int == ci)) {
          print(list(d = d, ralt = ralt, rcl = rcl, R = w$conf.int, ours = ci)); stop("uniroot check")
        }
        n_uniroot_checked <<- n_uniroot_checked + 1
      }
    }
  }
  ref
}

wsr_counter <- 0
add_wsr <- function(scen, x, y, extra_null = FALSE) {
  wsr_counter <<- wsr_counter + 1
  o <- opt(wsr_counter)
  id <- sprintf("wsr:%s:%03d", scen, wsr_counter)
  if (extra_null) { x <- c(x, NA, 1); y <- c(y, 2, NA) }
  p <- sample(length(x)); x <- xval_roundtrip(x[p]); y <- xval_roundtrip(y[p])
  data <- xval_frame(DATA_COLS, id = id, x = x, y = y,
                     alternative = o$alternative, conf_level = o$conf_level)
  add_dataset(data, ref_wsr(x, y, o$alternative, o$conf_level))
}

pair <- function(n, shift = 0, sd = 1) { x <- rnorm(n); list(x = x, y = x - shift + rnorm(n, 0, sd)) }
for (i in 1:40) { p <- pair(sample(1:45, 1), runif(1, -1, 1)); add_wsr("normal", p$x, p$y) }
for (i in 1:30) { n <- sample(3:40, 1); add_wsr("ties", sample(0:10, n, TRUE), sample(0:10, n, TRUE)) }
for (i in 1:15) { n <- sample(5:60, 1); add_wsr("heavyties", sample(0:3, n, TRUE), sample(0:2, n, TRUE)) }
for (i in 1:15) { p <- pair(sample(5:40, 1), 0.3); k <- sample(1:3, 1); p$y[1:k] <- p$x[1:k]
                  add_wsr("zeros", p$x, p$y) }
for (i in 1:6) { n <- sample(1:6, 1); add_wsr("allzero", rep(3, n), rep(3, n)) }
for (i in 1:6) { n <- sample(2:10, 1); add_wsr("abstied", rep(5, n), 5 + sample(c(-2, 2), n, TRUE)) }
for (i in 1:4) add_wsr("single", rnorm(1), rnorm(1))
for (i in 1:10) { p <- pair(sample(3:40, 1), 0.4); add_wsr("small_mag", 1e-9 * p$x, 1e-9 * p$y) }
for (i in 1:10) { p <- pair(sample(3:40, 1), 0.4); add_wsr("big_mag", 1e9 * p$x, 1e9 * p$y) }
for (i in 1:8) { p <- pair(sample(3:40, 1), 0.4); add_wsr("huge_noise", 1e9 + p$x, 1e9 + p$y) }
for (i in 1:10) { p <- pair(sample(3:20, 1), 0.2); add_wsr("nulls", p$x, p$y, extra_null = TRUE) }
for (i in 1:12) { p <- pair(sample(60:250, 1), runif(1, -0.3, 0.3)); add_wsr("large", p$x, p$y) }
for (i in 1:6) { n <- sample(60:150, 1); add_wsr("largeties", sample(0:10, n, TRUE), sample(0:10, n, TRUE)) }
for (i in 1:6) { p <- pair(sample(200:300, 1), 5, 0.3); add_wsr("fartail", p$x, p$y) }
# > 128 distinct non-zero d (list mode) with ties and zeros
for (i in 1:6) { n <- sample(150:200, 1); add_wsr("listties", round(rnorm(n) * 100) / 10, round(rnorm(n, 0.2) * 10) / 10) }

message(sprintf("gen.R: %d rank datasets; %d large-sample intervals also checked against wilcox.test's uniroot",
                length(ref_rows), n_uniroot_checked))
xval_write_csv(xval_bind(data_frames), file.path(args$outdir, "data.csv"))
ref <- as.data.frame(do.call(rbind, lapply(ref_rows, function(r) as.data.frame(r, stringsAsFactors = FALSE))))
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
