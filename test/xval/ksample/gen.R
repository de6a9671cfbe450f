# test/xval/ksample/gen.R — datasets and R reference results for the k-sample
# tests: kruskal_wallis and one_way_anova.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are GROUP:SCENARIO:NNN with GROUP kw (kruskal_wallis) or anova
# (one_way_anova).  Each dataset is run with one label type (column ltype:
# text, integer, smallint, bigint, boolean for k = 2, and date through the
# polymorphic fallback).  References, computed here at run time:
#   kw     kruskal.test: df = parameter; h and p_value from the same
#          definition without kruskal.test's cancellation (see ref_kw),
#          checked against kruskal.test within its rounding;
#          epsilon_squared = H / (n - 1)
#   anova  anova(aov(x ~ g)): f, df1, df2, p_value (checked against
#          oneway.test(var.equal = TRUE) where that runs); eta_squared =
#          SS_between / SS_total and omega_squared = (SS_between - df1
#          MS_within) / (SS_total + MS_within) from aov's sums of squares;
#          oneway.test(var.equal = FALSE): f_welch, df2_welch, p_welch.
# All of anova's references are computed on x - x[1] (see ref_anova).
# Definitions where the interface leaves a choice: statistics NA (our NULL) with fewer than
# two groups, H when every value is tied, F when there is no variation within
# groups at all (R's aov then reports noise around 1e30, or NaN), Welch's F
# when a group has fewer than 2 values or none of them differ (R stops or
# returns NaN); df1/df2 stay filled whenever k >= 2.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "x", "g", "gi", "ltype")
REF_COLS <- c("id", "k", "n", "n_skipped", "h", "df", "p_value", "epsilon_squared",
              "f", "df1", "df2", "f_welch", "df2_welch", "p_welch", "eta_squared",
              "omega_squared")

data_frames <- list()
ref_rows <- list()
add_dataset <- function(data, ref) {
  stopifnot(length(unique(data$id)) == 1, all(names(ref) %in% REF_COLS))
  data_frames[[length(data_frames) + 1]] <<- data
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- ref
  row <- lapply(row, function(v) if (is.double(v) && !is.finite(v) && !is.infinite(v)) NA else v)
  row$id <- data$id[1]
  ref_rows[[length(ref_rows) + 1]] <<- row
}
try_or_null <- function(expr) tryCatch(expr, error = function(e) NULL)

# Text labels: some need quoting, one is non-ASCII; byte order decides
# nothing in these tests (no field names a group), but every label type and
# the fallback are exercised.
TEXT_LABELS <- c("CF", "SP", "control", "treated, high", "Z\u00fcrich", "a b", "L1-L2",
                 "T12", "x\"y", "none")
LTYPES <- c("text", "integer", "smallint", "bigint", "date")

# One dataset: values x, group codes gi (1..k, possibly NA); the label type
# cycles, boolean where k = 2.
make_data <- function(id, x, gi, i) {
  k <- length(unique(na.omit(gi)))
  lt <- LTYPES[(i - 1) %% length(LTYPES) + 1]
  if (k == 2 && i %% 3 == 0) lt <- "boolean"
  codes <- sample(1:30000, max(1, max(gi, na.rm = TRUE)))   # integer labels, any value
  g <- TEXT_LABELS[(gi - 1) %% length(TEXT_LABELS) + 1]
  g <- ifelse(is.na(gi), NA, paste0(g, ifelse(gi > length(TEXT_LABELS), gi, "")))
  gl <- if (lt == "boolean") gi - 1 else codes[gi]
  p <- sample(length(x))
  xval_frame(DATA_COLS, id = id, x = x[p], g = g[p], gi = gl[p], ltype = lt)
}

ref_kw <- function(x, g) {
  ok <- !is.na(x) & !is.na(g)
  x <- x[ok]; g <- g[ok]
  k <- length(unique(g)); n <- length(x)
  ref <- list(k = k, n = n, n_skipped = sum(!ok))
  if (k >= 2) {
    ref$df <- k - 1
    kt <- try_or_null(suppressWarnings(kruskal.test(x, factor(g))))
    if (!is.null(kt) && is.finite(kt$statistic)) {
      stopifnot(kt$parameter == k - 1)
      # kruskal.test forms H as 12 sum R_j^2 / n_j / (n (n + 1)) - 3 (n + 1),
      # whose rounding error is about 3 (n + 1) eps / H relative: 3e-11 for
      # H = 4e-4 at n = 38.  The reference is the same definition with R's
      # rank() and table(), centred: 12 / (n (n + 1)) sum n_j (Rbar_j -
      # (n + 1) / 2)^2 / (1 - sum (t^3 - t) / (n^3 - n)), and must agree
      # with kruskal.test to within that rounding.
      r <- rank(x); nj <- tapply(r, g, length); rbar <- tapply(r, g, mean)
      ties <- table(x)
      h <- 12 / (n * (n + 1)) * sum(nj * (rbar - (n + 1) / 2)^2) /
        (1 - sum(ties^3 - ties) / (n^3 - n))
      bound <- 3 * (n + 1) * 8 * .Machine$double.eps / h + 1e-13
      stopifnot(abs(h - kt$statistic) <= bound * h)
      ref$h <- h; ref$p_value <- pchisq(h, k - 1, lower.tail = FALSE)
      ref$epsilon_squared <- h / (n - 1)
    }
  }
  ref
}

ref_anova <- function(x, g) {
  ok <- !is.na(x) & !is.na(g)
  x <- x[ok]; g <- factor(g[ok])
  k <- nlevels(g); n <- length(x)
  ref <- list(k = k, n = n, n_skipped = sum(!ok))
  if (k < 2) return(ref)
  # Every statistic is invariant to a shift of the data; lm's QR on values
  # such as 1e9 + noise of size 1 is not accurate to 1e-10 (its F differs
  # from oneway.test's by 1e-7 there), on x - x[1] it is (the subtraction
  # is exact for values within a factor of 2 of each other).
  x <- x - x[1]
  ref$df1 <- k - 1; ref$df2 <- n - k
  ni <- tapply(x, g, length); vi <- tapply(x, g, function(v) if (length(v) > 1) var(v) else NA)
  within_zero <- all(tapply(x, g, function(v) all(v == v[1])))
  tab <- anova(lm(x ~ g))
  ssb <- tab[["Sum Sq"]][1]; ssw <- if (n > k) tab[["Sum Sq"]][2] else 0
  if (within_zero) ssw <- 0
  sst <- ssb + ssw
  if (sst > 0) ref$eta_squared <- ssb / sst
  if (n - k >= 1) {
    msw <- ssw / (n - k)
    if (sst > 0) ref$omega_squared <- (ssb - (k - 1) * msw) / (sst + msw)
    if (!within_zero) {
      ref$f <- tab[["F value"]][1]; ref$p_value <- tab[["Pr(>F)"]][1]
      ow <- try_or_null(oneway.test(x ~ g, var.equal = TRUE))
      if (!is.null(ow) && all(ni >= 2))
        stopifnot(isTRUE(all.equal(unname(ow$statistic), ref$f, tolerance = 1e-8)))
    }
  }
  if (all(ni >= 2) && all(vi > 0)) {
    we <- oneway.test(x ~ g, var.equal = FALSE)
    ref$f_welch <- unname(we$statistic); ref$df2_welch <- unname(we$parameter[2])
    ref$p_welch <- we$p.value
  }
  ref
}

# Scenarios: generator(i) -> list(x, gi)
groups_of <- function(sizes, draw) {
  gi <- rep(seq_along(sizes), sizes)
  x <- unlist(lapply(seq_along(sizes), function(j) draw(sizes[j], j)))
  list(x = x, gi = gi)
}
rk <- function() sample(2:10, 1)
scenarios <- list(
  normal = list(45, function(i) { k <- rk(); groups_of(sample(3:40, k, TRUE), function(m, j) rnorm(m, 50 + runif(1, -5, 5), 10)) }),
  skewed = list(25, function(i) { k <- rk(); groups_of(sample(3:60, k, TRUE), function(m, j) rexp(m, 1 / (10 + 3 * j))) }),
  ties = list(35, function(i) { k <- rk(); groups_of(sample(3:40, k, TRUE), function(m, j) sample(0:10, m, TRUE)) }),
  small = list(30, function(i) { k <- rk(); groups_of(sample(2:3, k, TRUE), function(m, j) rnorm(m, j, 2)) }),
  singleton = list(12, function(i) { k <- sample(3:6, 1); s <- sample(2:8, k, TRUE); s[sample(k, 1)] <- 1
    groups_of(s, function(m, j) rnorm(m, 10, 3)) }),
  unbalanced = list(20, function(i) { k <- rk(); s <- sample(2:6, k, TRUE); s[1] <- sample(100:300, 1)
    groups_of(s, function(m, j) rnorm(m, 5 * j, runif(1, 1, 20))) }),
  tiny = list(15, function(i) { k <- rk(); groups_of(sample(3:30, k, TRUE), function(m, j) rnorm(m, 3e-9 + 1e-10 * j, 1e-9)) }),
  huge = list(15, function(i) { k <- rk(); groups_of(sample(3:30, k, TRUE), function(m, j) rnorm(m, 3e9 + 1e8 * j, 1e9)) }),
  huge_noise = list(12, function(i) { k <- rk(); groups_of(sample(3:30, k, TRUE), function(m, j) 1e9 + rnorm(m, 0.3 * j)) }),
  zerovar1 = list(10, function(i) { k <- rk(); groups_of(sample(2:10, k, TRUE),
    function(m, j) if (j == 1) rep(sample(0:50, 1), m) else sample(0:50, m, TRUE)) }),
  zerovar_all = list(8, function(i) { k <- rk(); groups_of(sample(2:10, k, TRUE), function(m, j) rep(sample(0:50, 1), m)) }),
  all_tied = list(5, function(i) { k <- rk(); v <- sample(0:9, 1); groups_of(sample(2:8, k, TRUE), function(m, j) rep(v, m)) }),
  one_group = list(5, function(i) groups_of(sample(2:20, 1), function(m, j) rnorm(m))),
  nulls = list(12, function(i) { k <- rk(); d <- groups_of(sample(4:20, k, TRUE), function(m, j) rnorm(m, j))
    d$x[sample(length(d$x), 2)] <- NA; d$gi[sample(length(d$gi), 1)] <- NA; d }),
  # large n and a strong effect: p between about 1e-30 and 1e-300
  large = list(16, function(i) { k <- sample(2:5, 1); s <- runif(1, 0.55, 1.4) / sqrt(k - 1)
    groups_of(sample(300:700, k, TRUE), function(m, j) rnorm(m, s * (j - 1), 1)) })
)

for (fam in c("kw", "anova")) {
  for (sc in names(scenarios)) {
    cnt <- scenarios[[sc]][[1]]; gen <- scenarios[[sc]][[2]]
    for (i in seq_len(cnt)) {
      id <- sprintf("%s:%s:%03d", fam, sc, i)
      d <- gen(i); x <- xval_roundtrip(d$x)
      ref <- if (fam == "kw") ref_kw(x, d$gi) else ref_anova(x, d$gi)
      add_dataset(make_data(id, x, d$gi, i), ref)
    }
  }
}

xval_write_csv(xval_bind(data_frames), file.path(args$outdir, "data.csv"))
ref <- as.data.frame(do.call(rbind, lapply(ref_rows, function(r) as.data.frame(r, stringsAsFactors = FALSE))),
                     stringsAsFactors = FALSE)
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("%d datasets\n", nrow(ref)))
