# test/xval/table1/gen.R — datasets and R reference results for the Table 1
# rows: compare_groups (continuous) and compare_proportions (categorical).
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids:
#   cmpgroups:SCENARIO:NNN     compare_groups(value, grp)
#   cmpprop:SCENARIO:NNN       compare_proportions(level, grp): the test
#   cmplevel:SCENARIO:NNN:L    its counts and percentages of level L (sort order)
# The rules (the study's methods section; README "compare_groups"):
#   normal  = both groups pass lillie.test (nortest) at p >= 0.05; FALSE if
#             either fails, NA if either cannot be tested (n < 5, constant)
#   test    = normal ? (Levene p < 0.05 ? Welch t : Student t) : Mann-Whitney U,
#             Levene = anova(lm(|x - group mean| ~ group)) (SPSS's centring),
#             t from t.test(var.equal = TRUE / FALSE), Mann-Whitney p from
#             wilcox.test(exact = FALSE, correct = FALSE), its z from
#             coin::wilcox_test (asymptotic; > 0 when group 1 is larger)
#   summaries "mean ± SD" and "median (Q1–Q3)" with sprintf("%.1f") (a value
#             that rounds to 0 prints unsigned), quantile() type 7
#   proportions: chisq.test(correct = FALSE) unless a chisq.test expected
#             count is below 5, then fisher.test; percentages of each group
#   p_text  = format_p's rule: "<0.001", three decimals below 0.01, else two.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
suppressPackageStartupMessages({ library(nortest); library(coin) })
options(warn = -1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "value", "level", "grp")
REF_COLS <- c("id", "group1", "group2", "n1", "n2", "n_skipped", "summary1", "summary2",
              "median_iqr1", "median_iqr2", "normal", "test", "p_value", "p_text",
              "p_normality1", "p_normality2", "p_levene", "statistic",
              "chi2", "df", "min_expected", "level", "count1", "count2", "pct1", "pct2")
TEXT_COLS <- c("id", "group1", "group2", "summary1", "summary2", "median_iqr1", "median_iqr2",
               "normal", "test", "p_text", "level")

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

fmt1 <- function(x) { s <- sprintf("%.1f", x); if (s == "-0.0") "0.0" else s }
format_p <- function(p) {
  if (p < 0.001) return("<0.001")
  if (p < 0.01) { s <- sprintf("%.3f", p); return(if (s == "0.010") "0.01" else s) }
  sprintf("%.2f", p)
}
summ <- function(x) {
  sd_txt <- if (length(x) > 1) fmt1(sd(x)) else "NA"
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  list(summary = paste0(fmt1(mean(x)), " \u00b1 ", sd_txt),
       miqr = paste0(fmt1(q[2]), " (", fmt1(q[1]), "\u2013", fmt1(q[3]), ")"),
       p_normal = if (length(x) >= 5 && sd(x) > 0) lillie.test(x)$p.value else NA)
}

# ------------------------------------------------------------ compare_groups
LABELS <- c("CF", "SP", "ctl, arm", "d\u00e9j\u00e0 vu", "0", "Z")
add_groups <- function(scen, i, value, grp) {
  id <- sprintf("cmpgroups:%s:%03d", scen, i)
  p <- sample(length(value))
  add_data(xval_frame(DATA_COLS, id = id, value = value[p], grp = grp[p]))
  ok <- !is.na(value) & !is.na(grp)
  ref <- list(n_skipped = sum(!ok))
  value <- value[ok]; grp <- grp[ok]
  levs <- xval_sort_labels(grp)
  x1 <- value[grp == levs[1]]; x2 <- value[grp == levs[2]]
  ref$group1 <- levs[1]; ref$group2 <- levs[2]; ref$n1 <- length(x1); ref$n2 <- length(x2)
  s1 <- summ(x1); s2 <- summ(x2)
  ref$summary1 <- s1$summary; ref$summary2 <- s2$summary
  ref$median_iqr1 <- s1$miqr; ref$median_iqr2 <- s2$miqr
  ref$p_normality1 <- s1$p_normal; ref$p_normality2 <- s2$p_normal
  pn <- c(s1$p_normal, s2$p_normal)
  normal <- if (any(pn < 0.05, na.rm = TRUE)) FALSE else if (anyNA(pn)) NA else TRUE
  ref$normal <- normal
  if (isTRUE(normal)) {
    g <- factor(grp, levels = levs)
    z <- abs(value - ave(value, g))
    ref$p_levene <- anova(lm(z ~ g))[1, "Pr(>F)"]
    welch <- isTRUE(ref$p_levene < 0.05)
    tt <- tryCatch(t.test(x1, x2, var.equal = !welch), error = function(e) NULL)
    ref$test <- if (welch) "Welch t" else "Student t"
    if (!is.null(tt)) { ref$p_value <- tt$p.value; ref$statistic <- unname(tt$statistic) }
  } else {
    ref$test <- "Mann-Whitney U"
    if (length(unique(value)) > 1) {
      ref$p_value <- wilcox.test(x1, x2, exact = FALSE, correct = FALSE)$p.value
      d <- data.frame(v = value, g = factor(grp, levels = levs))
      ref$statistic <- statistic(wilcox_test(v ~ g, data = d))
    }
  }
  if (!is.na(ref$p_value %||% NA)) ref$p_text <- format_p(ref$p_value)
  add_ref(id, ref)
}
`%||%` <- function(a, b) if (is.null(a)) b else a
groups_case <- function(scen, i, n1, n2, gen1, gen2) {
  lab <- sample(LABELS, 2)
  add_groups(scen, i, xval_roundtrip(c(gen1(n1), gen2(n2))), rep(lab, c(n1, n2)))
}
nrm <- function(m, s) function(n) rnorm(n, m, s)
for (i in 1:30) groups_case("normal", i, sample(8:60, 1), sample(8:60, 1), nrm(60, 10), nrm(60 + rnorm(1, 0, 5), 10))
for (i in 1:24) groups_case("unequal", i, sample(15:60, 1), sample(15:60, 1), nrm(60, 4), nrm(62, 12))
for (i in 1:24) groups_case("skewed", i, sample(10:60, 1), sample(10:60, 1), function(n) rexp(n) * 10, function(n) rexp(n) * 13)
for (i in 1:20) groups_case("scores", i, sample(10:50, 1), sample(10:50, 1),
                            function(n) sample(0:10, n, TRUE), function(n) sample(0:10, n, TRUE, prob = 11:1))
for (i in 1:12) groups_case("tiny", i, sample(1:6, 1), sample(2:6, 1), nrm(50, 5), nrm(55, 5))
for (i in 1:6)  groups_case("constant", i, sample(5:10, 1), sample(5:10, 1), function(n) rep(3, n),
                            if (i %% 2) function(n) rep(3, n) else nrm(3, 1))
for (i in 1:8) {
  n <- sample(20:40, 1); lab <- sample(LABELS, 2)
  v <- xval_roundtrip(rnorm(n, 50, 8)); g <- rep(lab, length.out = n)
  v[sample(n, 2)] <- NA; g[sample(n, 1)] <- NA
  add_groups("nulls", i, v, g)
}

# ------------------------------------------------------------ compare_proportions
LEVELS <- c("lytic", "blastic", "mixed", "T12", "L1", "C7", "yes", "no")
add_props <- function(scen, i, level, grp) {
  key <- sprintf("%s:%03d", scen, i)
  p <- sample(length(level))
  add_data(xval_frame(DATA_COLS, id = sprintf("cmpprop:%s", key), level = level[p], grp = grp[p]))
  ok <- !is.na(level) & !is.na(grp)
  ref <- list(n_skipped = sum(!ok))
  level <- level[ok]; grp <- grp[ok]
  levs <- xval_sort_labels(level); gl <- xval_sort_labels(grp)
  tab <- table(factor(level, levels = levs), factor(grp, levels = gl))
  ref$group1 <- gl[1]; ref$group2 <- gl[2]
  ref$n1 <- sum(tab[, 1]); ref$n2 <- sum(tab[, 2])
  for (l in seq_along(levs))
    add_ref(sprintf("cmplevel:%s:%d", key, l),
            list(level = levs[l], count1 = tab[l, 1], count2 = tab[l, 2],
                 pct1 = 100 * tab[l, 1] / ref$n1, pct2 = 100 * tab[l, 2] / ref$n2))
  if (length(levs) >= 2) {
    ct <- chisq.test(tab, correct = FALSE)
    ref$chi2 <- unname(ct$statistic); ref$df <- unname(ct$parameter)
    ref$min_expected <- min(ct$expected)
    if (min(ct$expected) < 5) {
      ref$test <- "Fisher exact"; ref$p_value <- fisher.test(tab, workspace = 2e7)$p.value
    } else {
      ref$test <- "Pearson chi-square"; ref$p_value <- ct$p.value
    }
    ref$p_text <- format_p(ref$p_value)
  }
  add_ref(sprintf("cmpprop:%s", key), ref)
}
props_case <- function(scen, i, n1, n2, k, prob2 = NULL) {
  lev <- sample(LEVELS, k); lab <- sample(LABELS, 2)
  l1 <- sample(lev, n1, TRUE); l2 <- sample(lev, n2, TRUE, prob = prob2)
  # every level present at least once
  l1[seq_len(min(k, n1))] <- lev[seq_len(min(k, n1))]
  add_props(scen, i, c(l1, l2), rep(lab, c(n1, n2)))
}
for (i in 1:30) props_case("large", i, sample(40:120, 1), sample(40:120, 1), 2 + (i - 1) %% 3)
for (i in 1:30) props_case("small", i, sample(5:20, 1), sample(5:20, 1), 2 + (i - 1) %% 3)
for (i in 1:12) props_case("skewed", i, sample(30:80, 1), sample(30:80, 1), 3, c(0.8, 0.15, 0.05))
for (i in 1:6) {
  n <- sample(10:30, 1); lab <- sample(LABELS, 2)
  add_props("onelevel", i, rep("all", 2 * n), rep(lab, each = n))
}
for (i in 1:8) {
  n <- sample(20:40, 1); lab <- sample(LABELS, 2)
  l <- sample(LEVELS[1:3], 2 * n, TRUE); g <- rep(lab, each = n)
  l[sample(2 * n, 2)] <- NA; g[sample(2 * n, 1)] <- NA
  add_props("nulls", i, l, g)
}

data <- xval_bind(data_frames)
ref <- as.data.frame(lapply(setNames(REF_COLS, REF_COLS), function(k) {
  v <- lapply(ref_rows, `[[`, k)
  if (k %in% TEXT_COLS) vapply(v, function(x) if (length(x) == 0 || is.na(x)) NA_character_ else as.character(x), "")
  else vapply(v, function(x) if (length(x) == 0) NA_real_ else as.double(x), 1)
}), stringsAsFactors = FALSE)
xval_write_csv(data, file.path(args$outdir, "data.csv"))
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("table1: %d reference rows, %d data rows\n", nrow(ref), nrow(data)))
