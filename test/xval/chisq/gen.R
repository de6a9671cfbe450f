# test/xval/chisq/gen.R — datasets and R reference results for chi_square.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are GROUP:SCENARIO:NNN with GROUP
#   labels  chi_square(rl text, cl text) over one row per observation
#   ints    chi_square(ri integer, ci integer)  (scores = the integer labels)
#   mixed   chi_square(rl text, ci integer)
#   counts  chi_square(counts bigint[][]) on a matrix (empty rows/columns allowed)
# References: chisq.test (correct = FALSE / TRUE), fisher.test (large
# workspace), G^2 and Woolf's interval from their textbook formulas, the
# linear-by-linear M^2 = (N - 1) cor(u, v)^2 on the expanded observations,
# and the conditional MLE odds ratio with its exact interval solved here with
# uniroot at tol 1e-13 (fisher.test stops early; it is checked to agree
# to 1e-2).  Definitions R leaves open: rows/columns in label order
# (text by bytes, integers by value), empty rows/columns of a matrix dropped
# (as SPSS), phi signed (ad - bc)/sqrt(R1 R2 C1 C2) as SPSS, sample odds
# ratio NULL when a cell is 0, linear-by-linear scores = integer labels
# themselves, else ranks (matrix: row/column numbers), statistics NULL when
# fewer than two rows or columns remain.  SciPy is the second reference:
# scipy_check.py on this run's work directory.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "rl", "cl", "ri", "ci", "counts")
REF_COLS <- c("id", "n", "n_skipped", "n_rows", "n_cols", "df", "chi2", "p_value",
  "chi2_yates", "p_yates", "g2", "p_lr", "p_fisher", "min_expected",
  "n_cells_below_5", "phi", "cramers_v", "odds_ratio", "or_ci_lower", "or_ci_upper",
  "lbl", "p_lbl", "or_mle", "or_mle_ci_lower", "or_mle_ci_upper",
  "row_labels", "col_labels")

data_frames <- list()
ref_rows <- list()
add_dataset <- function(data, ref) {
  data_frames[[length(data_frames) + 1]] <<- data
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- ref
  row <- lapply(row, function(v) if (is.double(v) && is.nan(v)) NA else v)
  row$id <- data$id[1]
  ref_rows[[length(ref_rows) + 1]] <<- row
}

# ---- conditional MLE odds ratio and exact CI (Fisher's noncentral
# hypergeometric distribution of a given the margins), solved tightly.
nc_support <- function(x) {
  m <- sum(x[, 1]); n <- sum(x[, 2]); k <- sum(x[1, ])
  lo <- max(0, k - n); hi <- min(k, m)
  list(s = lo:hi, logdc = dhyper(lo:hi, m, n, k, log = TRUE), lo = lo, hi = hi)
}
nc_d <- function(sp, ncp) {
  d <- sp$logdc + log(ncp) * sp$s
  d <- exp(d - max(d)); d / sum(d)
}
nc_mean <- function(sp, ncp) {
  if (ncp == 0) return(sp$lo)
  if (ncp == Inf) return(sp$hi)
  sum(sp$s * nc_d(sp, ncp))
}
nc_tail <- function(sp, q, ncp, upper) {
  d <- nc_d(sp, ncp)
  if (upper) sum(d[sp$s >= q]) else sum(d[sp$s <= q])
}
exact_or <- function(x, conf = 0.95) {
  sp <- nc_support(x); a <- x[1, 1]
  solve <- function(f) exp(uniroot(function(t) f(exp(t)), c(-60, 60), tol = 1e-13)$root)
  est <- if (a == sp$lo) 0 else if (a == sp$hi) Inf else
    solve(function(p) nc_mean(sp, p) - a)
  alpha <- (1 - conf) / 2
  lower <- if (a == sp$lo) 0 else solve(function(p) nc_tail(sp, a, p, TRUE) - alpha)
  upper <- if (a == sp$hi) Inf else solve(function(p) nc_tail(sp, a, p, FALSE) - alpha)
  c(est, lower, upper)
}

# Reference for one table x (rows/cols in label order; may have empty ones).
ref_table <- function(x, rscore, cscore, n_skipped = 0) {
  keep_r <- rowSums(x) > 0; keep_c <- colSums(x) > 0
  x <- x[keep_r, keep_c, drop = FALSE]
  rscore <- rscore[keep_r]; cscore <- cscore[keep_c]
  ref <- list(n = sum(x), n_skipped = n_skipped, n_rows = nrow(x), n_cols = ncol(x))
  if (nrow(x) < 2 || ncol(x) < 2) return(ref)
  cs <- suppressWarnings(chisq.test(x, correct = FALSE))
  E <- cs$expected
  ref$df <- unname(cs$parameter)
  ref$chi2 <- unname(cs$statistic)
  ref$p_value <- cs$p.value
  ref$min_expected <- min(E)
  ref$n_cells_below_5 <- sum(E < 5)
  pos <- x > 0
  ref$g2 <- 2 * sum(x[pos] * log(x[pos] / E[pos]))
  ref$p_lr <- pchisq(ref$g2, ref$df, lower.tail = FALSE)
  # R's FEXACT needs minutes for larger r x c tables: only those it does fast
  small <- all(dim(x) == 2) || sum(x) <= 40 || (prod(dim(x) - 1) <= 4 && sum(x) <= 150)
  ft <- if (small) tryCatch(fisher.test(x, workspace = 2e8), error = function(e) NULL)
  if (!is.null(ft)) ref$p_fisher <- ft$p.value
  ref$cramers_v <- sqrt(ref$chi2 / (sum(x) * (min(dim(x)) - 1)))
  # linear-by-linear on the expanded observations
  idx <- which(x > 0, arr.ind = TRUE)
  u <- rep(rscore[idx[, 1]], x[idx]); v <- rep(cscore[idx[, 2]], x[idx])
  ref$lbl <- (sum(x) - 1) * cor(u, v)^2
  ref$p_lbl <- pchisq(ref$lbl, 1, lower.tail = FALSE)
  if (all(dim(x) == 2)) {
    cy <- suppressWarnings(chisq.test(x, correct = TRUE))
    ref$chi2_yates <- unname(cy$statistic)
    ref$p_yates <- cy$p.value
    a <- x[1, 1]; b <- x[1, 2]; c <- x[2, 1]; d <- x[2, 2]
    ref$phi <- (a * d - b * c) / sqrt(prod(rowSums(x)) * prod(colSums(x)))
    stopifnot(abs(abs(ref$phi) - sqrt(ref$chi2 / sum(x))) < 1e-12)
    if (all(x > 0)) {
      se <- sqrt(1 / a + 1 / b + 1 / c + 1 / d)
      z <- qnorm(0.975)
      ref$odds_ratio <- (a * d) / (b * c)
      ref$or_ci_lower <- exp(log(ref$odds_ratio) - z * se)
      ref$or_ci_upper <- exp(log(ref$odds_ratio) + z * se)
    }
    eo <- exact_or(x)
    # the reference solves its defining equations (checked here to 1e-9)
    sp <- nc_support(x)
    stopifnot(!is.finite(eo[1]) || eo[1] == 0 || abs(nc_mean(sp, eo[1]) - a) < 1e-9 * max(1, a),
              eo[2] == 0 || abs(nc_tail(sp, a, eo[2], TRUE) - 0.025) < 1e-9,
              !is.finite(eo[3]) || abs(nc_tail(sp, a, eo[3], FALSE) - 0.025) < 1e-9)
    ref$or_mle <- eo[1]; ref$or_mle_ci_lower <- eo[2]; ref$or_mle_ci_upper <- eo[3]
    if (!is.null(ft)) {
      # sanity check against fisher.test, whose uniroot stops at an absolute
      # ~1.2e-4 on psi (or on 1/psi for large limits): allow that on both scales
      close <- function(p, q) if (is.finite(p)) abs(p - q) < 2e-4 * max(1, p * q) else p == q
      stopifnot(close(eo[1], unname(ft$estimate)), close(eo[2], ft$conf.int[1]),
                close(eo[3], ft$conf.int[2]))
    }
  }
  ref
}

# A table R could not run Fisher's test on in reasonable time: scenario
# suffix "-xl" (tolerance skips p_fisher there).
fix_id <- function(d, ref) {
  if (is.null(ref$p_fisher) && !is.null(ref$df)) d$id <- sub("^([a-z]+):([a-z]+):", "\\1:\\2-xl:", d$id)
  d
}

fmt_labels <- function(v) paste0("{", paste(v, collapse = ","), "}")

# A random r x c table: dense (every cell ~ lambda) or sparse (many zeros).
rtable <- function(r, c, kind) {
  repeat {
    x <- switch(kind,
      dense = matrix(rpois(r * c, runif(1, 5, 60)), r, c),
      sparse = matrix(rpois(r * c, runif(1, 0.3, 2)), r, c),
      assoc = { p <- outer(runif(r), runif(c)) + diag(3, r, c); matrix(rpois(r * c, 20 * p), r, c) },
      big = matrix(rpois(r * c, runif(1, 200, 3000)) * rbinom(r * c, 1, 0.9) + 1, r, c))
    if (sum(rowSums(x) > 0) >= 2 && sum(colSums(x) > 0) >= 2) return(x)
  }
}

ROW_NAMES <- c("CF", "SP", "alpha", "Zeta", "b,c", "\u00e9t\u00e9", "x y", "10", "9")
COL_NAMES <- c("yes", "no", "Male", "female", "\"q\"", "2", "T3-T10")
INT_VALS <- c(-7, 0, 1, 3, 10, 250, 1e6)

counter <- 0
next_id <- function(group, scen) { counter <<- counter + 1; sprintf("%s:%s:%03d", group, scen, counter) }

# Observations of table x with row labels rlab and column labels clab, shuffled,
# with some NULL labels.
expand_obs <- function(x, rlab, clab, nnull) {
  idx <- which(x > 0, arr.ind = TRUE)
  rr <- rep(rlab[idx[, 1]], x[idx]); cc <- rep(clab[idx[, 2]], x[idx])
  o <- sample(length(rr)); rr <- rr[o]; cc <- cc[o]
  if (nnull > 0) {
    rr <- c(rr, rep(NA, nnull)); cc <- c(cc, sample(clab, nnull, TRUE))
    rr <- c(rr, sample(rlab, 1)); cc <- c(cc, NA)
  }
  list(r = rr, c = cc, skipped = if (nnull > 0) nnull + 1 else 0)
}

add_label_dataset <- function(group, scen, x) {
  r <- nrow(x); c <- ncol(x)
  x <- x[rowSums(x) > 0, colSums(x) > 0, drop = FALSE]   # labels: no empty rows
  r <- nrow(x); c <- ncol(x)
  id <- next_id(group, scen)
  rlab_t <- sample(ROW_NAMES, r); clab_t <- sample(COL_NAMES, c)
  rlab_i <- sort(sample(INT_VALS, r)); clab_i <- sort(sample(INT_VALS, c))
  nnull <- sample(0:3, 1)
  if (group == "labels") {
    ob <- expand_obs(x, rlab_t, clab_t, nnull)
    ro <- order(match(rlab_t, xval_sort_labels(rlab_t))); co <- order(match(clab_t, xval_sort_labels(clab_t)))
    d <- xval_frame(DATA_COLS, id = id, rl = ob$r, cl = ob$c)
    ref <- ref_table(x[ro, co, drop = FALSE], seq_len(r), seq_len(c), ob$skipped)
    ref$row_labels <- fmt_labels(rlab_t[ro]); ref$col_labels <- fmt_labels(clab_t[co])
  } else if (group == "ints") {
    ob <- expand_obs(x, rlab_i, clab_i, nnull)
    d <- xval_frame(DATA_COLS, id = id, ri = ob$r, ci = ob$c)
    ref <- ref_table(x, rlab_i, clab_i, ob$skipped)
    ref$row_labels <- fmt_labels(format(rlab_i, scientific = FALSE, trim = TRUE))
    ref$col_labels <- fmt_labels(format(clab_i, scientific = FALSE, trim = TRUE))
  } else {
    ob <- expand_obs(x, rlab_t, clab_i, nnull)
    ro <- order(match(rlab_t, xval_sort_labels(rlab_t)))
    d <- xval_frame(DATA_COLS, id = id, rl = ob$r, ci = ob$c)
    ref <- ref_table(x[ro, , drop = FALSE], seq_len(r), clab_i, ob$skipped)
    ref$row_labels <- fmt_labels(rlab_t[ro])
    ref$col_labels <- fmt_labels(format(clab_i, scientific = FALSE, trim = TRUE))
  }
  add_dataset(fix_id(d, ref), ref)
}

add_counts_dataset <- function(scen, x) {
  id <- next_id("counts", scen)
  txt <- paste0("{", paste(apply(x, 1, function(rw) paste0("{", paste(rw, collapse = ","), "}")), collapse = ","), "}")
  ref <- ref_table(x, seq_len(nrow(x)), seq_len(ncol(x)))
  add_dataset(fix_id(xval_frame(DATA_COLS, id = id, counts = txt), ref), ref)
}

dims <- expand.grid(r = 2:6, c = 2:6)
for (k in seq_len(nrow(dims))) {
  r <- dims$r[k]; c <- dims$c[k]
  for (kind in c("dense", "sparse", "assoc")) {
    for (g in c("labels", "ints", "mixed")) add_label_dataset(g, kind, rtable(r, c, kind))
    add_counts_dataset(kind, rtable(r, c, kind))
  }
}
# 2 x 2 tables in number: every odds-ratio branch (zero cells, tiny, huge)
for (i in 1:40) add_counts_dataset("two", rtable(2, 2, sample(c("dense", "sparse", "assoc"), 1)))
for (i in 1:10) add_counts_dataset("zero", { x <- rtable(2, 2, "dense"); x[sample(4, 1)] <- 0; x })
for (i in 1:8) add_counts_dataset("big", rtable(2, sample(2:3, 1), "big"))
for (i in 1:8) add_label_dataset("labels", "big", rtable(2, 2, "big"))
# empty rows / columns in a published matrix (dropped from df)
for (i in 1:10) add_counts_dataset("empty", {
  x <- rtable(sample(3:5, 1), sample(3:5, 1), "dense")
  x[sample(nrow(x), 1), ] <- 0
  if (i %% 2 == 0) x[, sample(ncol(x), 1)] <- 0
  x })
# one category only: counts filled, statistics NULL
add_counts_dataset("one", matrix(c(3, 4, 5), 1, 3))
add_counts_dataset("one", matrix(c(3, 0, 5, 0), 2, 2))
add_label_dataset("labels", "one", matrix(c(3, 4, 5), 3, 1))
add_label_dataset("ints", "one", matrix(c(7, 1), 1, 2))
# strong association, p near the bottom of the double range
add_counts_dataset("tiny", matrix(c(900, 5, 5, 900), 2, 2))
add_counts_dataset("tiny", matrix(c(2000, 3, 1, 4, 2500, 2, 1, 1, 1800), 3, 3))

xval_write_csv(xval_bind(data_frames), file.path(args$outdir, "data.csv"))
ref <- as.data.frame(do.call(rbind, lapply(ref_rows, function(r) as.data.frame(r, stringsAsFactors = FALSE))),
                     stringsAsFactors = FALSE)
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("%d datasets\n", nrow(ref)))
