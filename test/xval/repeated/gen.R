# test/xval/repeated/gen.R — datasets and R reference results for the
# repeated-measures tests: friedman_test, rm_anova, cochran_q.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are GROUP:SCENARIO:NNN with GROUP friedman, rm or cochran.  Input is
# long format, one row per subject and condition, rows shuffled; some
# subjects lack a condition (left out and counted: n_incomplete), some rows
# have a NULL value, subject or condition (n_skipped).  Each dataset is run
# with one pair of label types (column ltype: subject/condition as text,
# integer, smallint, bigint, boolean for 2 conditions, date through the
# polymorphic fallback).  References, computed here at run time from the
# wide matrix Y of the complete subjects (rows) by conditions (columns):
#   friedman  friedman.test(Y): chi2, df, p_value; kendall_w = chi2 /
#             (n (k - 1)).  With a single complete subject friedman.test
#             fails (it drops the matrix to a vector), and the statistic is
#             computed from its definition with R's rank().
#   rm        summary(aov(value ~ condition + Error(subject / condition))),
#             stratum subject:condition: f, df1, df2, p_value; partial
#             eta^2 = SS_condition / (SS_condition + SS_error).  From the
#             covariance matrix S of Y and orthonormal polynomial contrasts
#             C (contr.poly), M = C'SC, p = k - 1, by their definitions:
#             epsilon_gg = tr(M)^2 / (p tr(M^2)), epsilon_hf = (n p GG - 2) /
#             (p (n - 1 - p GG)) capped at 1, mauchly_w = det(M) /
#             (tr(M) / p)^p, mauchly_chi2 = -(n - 1 - (2p^2 + p + 2) / (6p))
#             ln W on p (p + 1) / 2 - 1 df (SPSS's approximation), p_gg,
#             p_hf from pf with both df scaled.  Checked against R's
#             anova.mlm(test = "Spherical") and mauchly.test.  All computed
#             on Y - Y[1, 1] (every statistic is invariant to a shift).
#   cochran   Q = (k - 1) (k sum C_j^2 - N^2) / (k N - sum R_i^2) from the
#             counts, checked against friedman.test on the 0/1 matrix (the
#             same statistic for binary data).
# Definitions where the interface leaves a choice (all NA = our NULL): fewer than two
# conditions or no complete subject: every statistic; Friedman when every
# subject's values are tied; Cochran when every subject has one response
# throughout; rm_anova F (and everything after it) when n < 2 or the
# residual SD is below 10 eps max|y| (R's aov then reports noise); with
# k = 2 both epsilons are 1, W = 1, chi2 = 0 on 0 df and p_mauchly NA;
# Mauchly's W, chi2 and p when n - 1 < k - 1 (M singular); epsilon_hf when
# n < 3 or n - 1 - p GG <= 1e-9 (n - 1).  Datasets whose M is nearly
# singular without being so by construction are redrawn (the threshold of
# "nearly" is a convention).

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "v", "flag", "subj", "subj_i", "cond", "cond_i", "ltype")
REF_COLS <- c("id", "n_subjects", "n_incomplete", "k", "n_skipped",
              "chi2", "df", "p_value", "kendall_w",
              "f", "df1", "df2", "partial_eta_squared", "epsilon_gg", "p_gg",
              "epsilon_hf", "p_hf", "mauchly_w", "mauchly_chi2", "mauchly_df", "p_mauchly",
              "q")

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

# Label types (subject:condition); boolean conditions need k = 2.
LTYPES <- c("text:text", "integer:integer", "bigint:text", "text:smallint",
            "smallint:bigint", "integer:date", "text:integer")
SUBJ_TEXT <- function(i) paste0(c("P", "pt ", "Z\u00fc", "id,")[(i %% 4) + 1], i)
COND_TEXT <- c("pre", "3 days", "3 months", "1 year", "2 years", "post", "V7", "V8", "V9", "V10")

# A long-format dataset from an n x k matrix Y (NA = missing cell), with
# optional NULL rows.  Returns the data frame and the matrix of complete rows.
long_data <- function(id, Y, i, null_rows = FALSE, values = Y) {
  n <- nrow(Y); k <- ncol(Y)
  lt <- LTYPES[(i - 1) %% length(LTYPES) + 1]
  if (k == 2 && i %% 4 == 0) lt <- "integer:boolean"
  sc <- sample(1:30000, n); cc <- sample(-50:50, k)
  d <- expand.grid(s = seq_len(n), c = seq_len(k))
  d$v <- values[cbind(d$s, d$c)]
  d <- d[!is.na(d$v), ]
  skip <- 0
  if (null_rows) {
    # a few rows with a NULL somewhere: skipped and counted
    extra <- d[sample(nrow(d), min(3, nrow(d))), ]
    extra$v[1] <- NA
    if (nrow(extra) >= 2) extra$s[2] <- NA
    if (nrow(extra) >= 3) extra$c[3] <- NA
    d <- rbind(d, extra)
    skip <- nrow(extra)
  }
  d <- d[sample(nrow(d)), ]
  subj_i <- ifelse(is.na(d$s), NA, sc[d$s])
  cond_i <- ifelse(is.na(d$c), NA, if (lt == "integer:boolean") d$c - 1 else cc[d$c])
  list(frame = xval_frame(DATA_COLS, id = id, v = d$v, flag = d$v != 0,
                          subj = ifelse(is.na(d$s), NA, SUBJ_TEXT(sc[d$s])),
                          subj_i = subj_i,
                          cond = ifelse(is.na(d$c), NA, COND_TEXT[d$c]),
                          cond_i = cond_i, ltype = lt),
       skip = skip)
}

# A subject without any row does not exist in long format: only subjects
# with at least one value count (as complete or incomplete).
design_ref <- function(Y, skip) {
  seen <- rowSums(!is.na(Y)) > 0
  complete <- rowSums(is.na(Y)) == 0
  list(n_subjects = sum(complete), n_incomplete = sum(seen & !complete),
       k = sum(colSums(!is.na(Y)) > 0), n_skipped = skip)
}

# ---------------------------------------------------------------- friedman
friedman_ref <- function(Y, skip) {
  ref <- design_ref(Y, skip)
  Yc <- Y[rowSums(is.na(Y)) == 0, , drop = FALSE]
  n <- nrow(Yc); k <- ncol(Yc)
  if (k < 2 || n < 1) return(ref)
  ref$df <- k - 1
  if (n >= 2) {
    ft <- friedman.test(Y)
    stat <- unname(ft$statistic)
    stopifnot(ft$parameter == k - 1)
  } else {
    r <- rank(Yc[1, ]); t <- table(Yc[1, ])
    stat <- 12 * sum((r - (k + 1) / 2)^2) / (k * (k + 1) - sum(t^3 - t) / (k - 1))
  }
  if (is.finite(stat)) {
    ref$chi2 <- stat; ref$p_value <- pchisq(stat, k - 1, lower.tail = FALSE)
    ref$kendall_w <- stat / (n * (k - 1))
  }
  ref
}

# ---------------------------------------------------------------- rm_anova
ambiguous <- FALSE   # set by rm_ref when M is nearly singular: redraw
rm_ref <- function(Y, skip) {
  ref <- design_ref(Y, skip)
  Yc <- Y[rowSums(is.na(Y)) == 0, , drop = FALSE]
  n <- nrow(Yc); k <- ncol(Yc); p <- k - 1
  if (k < 2 || n < 1) return(ref)
  ref$df1 <- k - 1; ref$df2 <- (n - 1) * (k - 1)
  if (n < 2) return(ref)
  Yc <- Yc - Yc[1, 1]
  # residual check: R's aov reports noise when there is nothing left
  Z <- sweep(sweep(Yc, 1, rowMeans(Yc)), 2, colMeans(sweep(Yc, 1, rowMeans(Yc))))
  if (!(sum(Z^2) > 0) || sqrt(sum(Z^2) / (n * k)) < 10 * .Machine$double.eps * max(abs(Y[!is.na(Y)])))
    return(ref)
  long <- data.frame(value = c(Yc), subject = factor(rep(seq_len(n), k)),
                     condition = factor(rep(seq_len(k), each = n)))
  sm <- summary(aov(value ~ condition + Error(subject / condition), data = long))
  tab <- sm[["Error: subject:condition"]][[1]]
  ref$f <- tab[["F value"]][1]; ref$p_value <- tab[["Pr(>F)"]][1]
  stopifnot(tab[["Df"]][1] == k - 1, tab[["Df"]][2] == (n - 1) * (k - 1))
  ref$partial_eta_squared <- tab[["Sum Sq"]][1] / (tab[["Sum Sq"]][1] + tab[["Sum Sq"]][2])
  mauchly_df <- p * (p + 1) / 2 - 1
  ref$mauchly_df <- mauchly_df
  if (k == 2) {
    ref$epsilon_gg <- 1; ref$epsilon_hf <- 1
    ref$p_gg <- ref$p_value; ref$p_hf <- ref$p_value
    ref$mauchly_w <- 1; ref$mauchly_chi2 <- 0
    return(ref)
  }
  C <- contr.poly(k)                       # orthonormal, orthogonal to 1
  M <- t(C) %*% cov(Yc) %*% C
  lam <- eigen(M, symmetric = TRUE, only.values = TRUE)$values
  gg <- sum(lam)^2 / (p * sum(lam^2))
  ref$epsilon_gg <- gg
  ref$p_gg <- pf(ref$f, p * gg, (n - 1) * p * gg, lower.tail = FALSE)
  if (n >= 3 && (n - 1) - p * gg > 1e-9 * (n - 1)) {
    hf <- min(1, (n * p * gg - 2) / (p * (n - 1 - p * gg)))
    ref$epsilon_hf <- hf
    ref$p_hf <- pf(ref$f, p * hf, (n - 1) * p * hf, lower.tail = FALSE)
  }
  # R's own sphericity corrections must agree (they use the same formulas;
  # on data scaled to about 1, since anova.mlm's projections zap small
  # entries: on values near 1e-9 its epsilon is wrong)
  fit <- lm(I(Yc / max(abs(Yc))) ~ 1)
  sph <- anova(fit, X = ~1, test = "Spherical")
  if (!(abs(sph[["G-G Pr"]][1] - ref$p_gg) <= 1e-8 * ref$p_gg + 1e-300)) stop("anova.mlm's Greenhouse-Geisser p differs")
  if (n - 1 >= p) {
    ratio <- min(lam) / max(lam)
    if (ratio < 1e-8) { ambiguous <<- TRUE; return(ref) }
    logw <- sum(log(lam)) - p * log(sum(lam) / p)
    ref$mauchly_w <- exp(logw)
    ref$mauchly_chi2 <- -((n - 1) - (2 * p^2 + p + 2) / (6 * p)) * logw
    ref$p_mauchly <- pchisq(ref$mauchly_chi2, mauchly_df, lower.tail = FALSE)
    mt <- mauchly.test(fit, X = ~1)
    stopifnot(abs(mt$statistic - ref$mauchly_w) <= 1e-8 * ref$mauchly_w)
  }
  ref
}

# ---------------------------------------------------------------- cochran_q
cochran_ref <- function(Y, skip) {
  ref <- design_ref(Y, skip)
  Yc <- Y[rowSums(is.na(Y)) == 0, , drop = FALSE]
  n <- nrow(Yc); k <- ncol(Yc)
  if (k < 2 || n < 1) return(ref)
  ref$df <- k - 1
  B <- (Yc != 0) * 1
  C <- colSums(B); R <- rowSums(B); N <- sum(B)
  den <- k * N - sum(R^2)
  if (den > 0) {
    q <- (k - 1) * (k * sum(C^2) - N^2) / den
    ref$q <- q; ref$p_value <- pchisq(q, k - 1, lower.tail = FALSE)
    if (n >= 2) stopifnot(abs(friedman.test(B)$statistic - q) <= 1e-12 * max(1, q))
  }
  ref
}

# ---------------------------------------------------------------- scenarios
# A scenario draws (Y, values): an n x k matrix, NA = missing cell.
subject_effects <- function(n, k, mu, sd_subj, sd_err, effect) {
  outer(rnorm(n, 0, sd_subj), rep(1, k)) + outer(rep(1, n), mu + effect * seq_len(k)) +
    matrix(rnorm(n * k, 0, sd_err), n, k)
}
drop_cells <- function(Y, frac) {
  n <- nrow(Y)
  if (n < 3) return(Y)
  for (s in sample(n, max(1, round(frac * n)))) Y[s, sample(ncol(Y), 1)] <- NA
  Y
}
rn <- function(a, b) sample(a:b, 1)
scenarios <- list(
  normal = list(40, function() subject_effects(rn(3, 40), rn(2, 10), 50, 8, 5, runif(1, -2, 2))),
  skewed = list(20, function() { n <- rn(3, 40); k <- rn(2, 8); matrix(rexp(n * k, 1 / 20), n, k) * exp(rnorm(n)) }),
  ties = list(30, function() { n <- rn(3, 40); k <- rn(2, 8); matrix(sample(0:10, n * k, TRUE), n, k) }),
  small = list(30, function() subject_effects(rn(2, 3), rn(2, 10), 5, 2, 1, 0.5)),
  few_subjects = list(15, function() { k <- rn(4, 10); subject_effects(rn(3, k), k, 10, 3, 2, 0.3) }),
  incomplete = list(30, function() drop_cells(subject_effects(rn(5, 40), rn(2, 8), 20, 4, 3, 0.8), runif(1, 0.1, 0.3))),
  unbalanced_missing = list(10, function() { Y <- subject_effects(rn(6, 30), rn(3, 6), 0, 1, 1, 0.2)
    Y[sample(nrow(Y), 2), ] <- NA; Y[1, 1] <- 3; drop_cells(Y, 0.1) }),
  tiny = list(15, function() subject_effects(rn(3, 30), rn(2, 8), 3e-9, 1e-9, 5e-10, 1e-10)),
  huge = list(15, function() subject_effects(rn(3, 30), rn(2, 8), 3e9, 1e9, 5e8, 1e8)),
  huge_noise = list(12, function() subject_effects(rn(3, 30), rn(2, 8), 1e9, 2, 1, 0.3)),
  all_tied = list(5, function() { n <- rn(2, 10); k <- rn(2, 6); outer(sample(0:9, n, TRUE), rep(1, k)) }),
  one_condition = list(4, function() matrix(rnorm(rn(2, 10)), ncol = 1)),
  one_subject = list(4, function() subject_effects(1, rn(2, 8), 0, 1, 1, 1)),
  # many subjects, a consistent effect: p down to about 1e-300
  large = list(12, function() { k <- rn(3, 5); subject_effects(rn(300, 700), k, 0, 1, 1, runif(1, 0.3, 2)) }),
  # far from sphericity (spread growing over the conditions, serial
  # correlation): small Mauchly p, epsilons well below 1
  nonspherical = list(15, function() { n <- rn(10, 300); k <- rn(3, 8)
    e <- matrix(rnorm(n * k), n, k)
    for (j in 2:k) e[, j] <- 0.8 * e[, j - 1] + e[, j]
    outer(rnorm(n), rep(1, k)) + e %*% diag(seq_len(k)^1.5) + outer(rep(1, n), 0.2 * seq_len(k)) })
)
# Cochran's Q takes 0/1: the values above the overall median, except where
# the scenario is about ties (all_tied stays constant within subjects).
binary_of <- function(Y, sc) {
  if (sc == "all_tied") return((Y > 4) * 1)
  (Y > stats::median(Y, na.rm = TRUE)) * 1
}

for (fam in c("friedman", "rm", "cochran")) {
  for (sc in names(scenarios)) {
    cnt <- scenarios[[sc]][[1]]; gen <- scenarios[[sc]][[2]]
    for (i in seq_len(cnt)) {
      id <- sprintf("%s:%s:%03d", fam, sc, i)
      repeat {
        Y <- gen(); Y[] <- xval_roundtrip(Y)
        if (fam == "cochran") Y <- binary_of(Y, sc)
        nulls <- sc %in% c("incomplete", "normal") && i %% 2 == 0
        ld <- long_data(id, Y, i, null_rows = nulls)
        ambiguous <- FALSE
        ref <- switch(fam, friedman = friedman_ref(Y, ld$skip), rm = rm_ref(Y, ld$skip),
                      cochran = cochran_ref(Y, ld$skip))
        if (!ambiguous) break
      }
      add_dataset(ld$frame, ref)
    }
  }
}

xval_write_csv(xval_bind(data_frames), file.path(args$outdir, "data.csv"))
ref <- as.data.frame(do.call(rbind, lapply(ref_rows, function(r) as.data.frame(r, stringsAsFactors = FALSE))),
                     stringsAsFactors = FALSE)
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("%d datasets\n", nrow(ref)))
