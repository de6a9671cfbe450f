# test/xval/association/gen.R — datasets and R reference results for
# pearson_cor, spearman_cor and kendall_tau (R's cor.test, three methods).
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are pearson|spearman|kendall:SCENARIO:NNN.  References: cor.test with
# its defaults (exact = NULL, continuity = FALSE) at run time, except:
# * Kendall's exact upper tail: R computes 1 - P(T <= q - 1), which has no
#   relative digits below ~1e-16; the reference is P(T <= N - q) (the same
#   distribution by symmetry, from R's own pkendall), checked against R's
#   value to 1e-14 absolute;
# * Kendall's z is R's S / sqrt(var_S) formula (cor.test's statistic in its
#   normal branch) for every dataset; with n = 2 the last term of var_S, 0/0
#   in R, is 0;
# * where cor.test stops (n < 3 Pearson, n < 2 rank methods) every field but
#   n and n_skipped is NA; R's NA estimate (a constant variable) likewise.
# Call forms: the optional alternative (and conf_level for Pearson) is NULL
# in data.csv when omitted.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = -1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "x", "y", "alternative", "conf_level")
REF_COLS <- c("id", "n", "n_skipped", "r", "t", "df", "p_value", "ci_lower", "ci_upper",
              "rho", "s", "tau_b", "z")

data_frames <- list()
ref_rows <- list()
add_data <- function(df) data_frames[[length(data_frames) + 1]] <<- df
add_ref <- function(id, ref) {
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- lapply(ref, unname)
  row <- lapply(row, function(v) if (is.double(v) && (length(v) == 0 || is.nan(v))) NA else v)
  row$id <- id
  ref_rows[[length(ref_rows) + 1]] <<- row
}

ALTS <- c(NA, "two-sided", "less", "greater")
CONFS <- c(NA, 0.9, 0.95, 0.99)
pkendall <- function(q, n) .Call(stats:::C_pKendall, q, n)

ref_cor <- function(method, x, y, alt, conf) {
  ok <- !is.na(x) & !is.na(y)
  ref <- list(n = sum(ok), n_skipped = sum(!ok))
  x <- x[ok]; y <- y[ok]; n <- length(x)
  ralt <- xval_r_alternative(alt)
  if ((method == "pearson" && n < 3) || n < 2) return(ref)
  ct <- if (method == "pearson") {
    if (is.na(conf)) cor.test(x, y, alternative = ralt) else cor.test(x, y, alternative = ralt, conf.level = conf)
  } else cor.test(x, y, method = method, alternative = ralt)
  est <- unname(ct$estimate)
  if (method == "pearson") {
    ref$df <- unname(ct$parameter)
    if (is.na(est)) return(ref)
    ref$r <- est; ref$t <- unname(ct$statistic); ref$p_value <- ct$p.value
    if (!is.null(ct$conf.int)) { ref$ci_lower <- ct$conf.int[1]; ref$ci_upper <- ct$conf.int[2] }
  } else if (method == "spearman") {
    if (is.na(est)) return(ref)
    ref$rho <- est; ref$s <- unname(ct$statistic); ref$p_value <- ct$p.value
  } else {
    if (is.na(est)) return(ref)
    ref$tau_b <- est
    xt <- table(x[duplicated(x)]) + 1; yt <- table(y[duplicated(y)]) + 1
    T0 <- n * (n - 1) / 2; T1 <- sum(xt * (xt - 1)) / 2; T2 <- sum(yt * (yt - 1)) / 2
    S <- est * sqrt((T0 - T1) * (T0 - T2))
    v0 <- n * (n - 1) * (2 * n + 5)
    vt <- sum(xt * (xt - 1) * (2 * xt + 5)); vu <- sum(yt * (yt - 1) * (2 * yt + 5))
    v1 <- sum(xt * (xt - 1)) * sum(yt * (yt - 1))
    v2 <- sum(xt * (xt - 1) * (xt - 2)) * sum(yt * (yt - 1) * (yt - 2))
    var_S <- (v0 - vt - vu) / 18 + v1 / (2 * n * (n - 1)) + (if (n > 2) v2 / (9 * n * (n - 1) * (n - 2)) else 0)
    ref$z <- if (var_S > 0) S / sqrt(var_S) else NA
    ref$p_value <- ct$p.value
    ties <- length(unique(x)) < n || length(unique(y)) < n
    if (n < 50 && !ties) {
      q <- round((est + 1) * n * (n - 1) / 4); N <- n * (n - 1) / 2
      upper <- pkendall(N - q, n); lower <- pkendall(q, n)
      p <- switch(ralt, two.sided = min(1, 2 * (if (q > n * (n - 1) / 4) upper else lower)),
                  greater = upper, less = lower)
      stopifnot(abs(p - ct$p.value) <= 1e-14)
      ref$p_value <- p
    }
  }
  ref
}

add_case <- function(method, scen, i, x, y) {
  id <- sprintf("%s:%s:%03d", method, scen, i)
  alt <- ALTS[(i - 1) %% length(ALTS) + 1]
  conf <- if (method == "pearson") CONFS[((i - 1) %/% length(ALTS)) %% length(CONFS) + 1] else NA
  add_data(xval_frame(DATA_COLS, id = id, x = x, y = y, alternative = alt, conf_level = conf))
  add_ref(id, ref_cor(method, x, y, alt, conf))
}
corr_xy <- function(n, rho, ties = FALSE, scale = 1, shift = 0) {
  x <- rnorm(n); y <- rho * x + sqrt(1 - rho^2) * rnorm(n)
  if (ties) { x <- round(x * 2); y <- round(y * 2) }
  list(x = xval_roundtrip(x * scale + shift), y = xval_roundtrip(y * scale + shift))
}
for (m in c("pearson", "spearman", "kendall")) {
  for (i in 1:32) { d <- corr_xy(sample(5:80, 1), runif(1, -0.9, 0.9)); add_case(m, "cont", i, d$x, d$y) }
  for (i in 1:24) { d <- corr_xy(sample(5:80, 1), runif(1, -0.9, 0.9), TRUE); add_case(m, "ties", i, d$x, d$y) }
  for (i in 1:16) { n <- c(2, 3, 4)[(i - 1) %% 3 + 1]; d <- corr_xy(n, 0.5); add_case(m, "tiny", i, d$x, d$y) }
  for (i in 1:8)  { d <- corr_xy(sample(5:40, 1), 0.6, FALSE, 1e-9); add_case(m, "small", i, d$x, d$y) }
  for (i in 1:8)  { d <- corr_xy(sample(5:40, 1), 0.6, FALSE, 1e9); add_case(m, "huge", i, d$x, d$y) }
  for (i in 1:6)  { n <- sample(5:30, 1); add_case(m, "constant", i, xval_roundtrip(rnorm(n)), rep(3, n)) }
  for (i in 1:8) {
    d <- corr_xy(sample(10:40, 1), 0.4)
    d$x[sample(length(d$x), 2)] <- NA; d$y[sample(length(d$y), 1)] <- NA
    add_case(m, "nulls", i, d$x, d$y)
  }
  # strong association in large samples: p far into the tail
  for (i in 1:8)  { d <- corr_xy(c(500, 1000, 2000, 3000)[(i - 1) %% 4 + 1], 0.6 + 0.045 * i); add_case(m, "strong", i, d$x, d$y) }
}
# method-specific boundaries
for (i in 1:24) { n <- 2 + (i - 1) %% 8; d <- corr_xy(n, runif(1, -0.9, 0.9)); add_case("spearman", "exact", i, d$x, d$y) }
for (i in 1:8)  { n <- c(9, 10, 11, 12)[(i - 1) %% 4 + 1]; d <- corr_xy(n, 0.5); add_case("spearman", "edge", i, d$x, d$y) }
for (i in 1:8)  { n <- c(1289, 1290, 1291, 1500)[(i - 1) %% 4 + 1]; d <- corr_xy(n, 0.1); add_case("spearman", "limit", i, d$x, d$y) }
for (i in 1:24) { n <- sample(2:49, 1); d <- corr_xy(n, runif(1, -0.95, 0.95)); add_case("kendall", "exact", i, d$x, d$y) }
for (i in 1:8)  { n <- c(48, 49, 50, 51)[(i - 1) %% 4 + 1]; d <- corr_xy(n, 0.3); add_case("kendall", "limit", i, d$x, d$y) }
for (i in 1:8)  { n <- sample(20:49, 1); x <- sort(rnorm(n)); add_case("kendall", "perfect", i, x, if (i %% 2) x * 2 + 1 else -x) }
for (i in 1:8)  { n <- sample(5:9, 1); x <- sort(rnorm(n)); add_case("spearman", "perfect", i, x, if (i %% 2) x * 2 + 1 else -x) }
for (i in 1:8)  { d <- corr_xy(sample(10:40, 1), 0.6, FALSE, 1, 1e9); add_case("pearson", "huge_noise", i, d$x, d$y) }

data <- xval_bind(data_frames)
ref <- as.data.frame(lapply(setNames(REF_COLS, REF_COLS), function(k) {
  v <- lapply(ref_rows, `[[`, k)
  if (k == "id") vapply(v, as.character, "") else vapply(v, as.double, 1)
}), stringsAsFactors = FALSE)
xval_write_csv(data, file.path(args$outdir, "data.csv"))
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("association: %d datasets, %d rows\n", nrow(ref), nrow(data)))
