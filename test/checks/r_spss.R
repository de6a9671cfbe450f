# test/checks/r_spss.R — the half of test/checks/r_spss.sh that runs R.
#
#   Rscript r_spss.R data DIR      writes DIR/<dataset>.csv (for the database)
#                                  and DIR/pspp.sps (the same data for PSPP)
#   Rscript r_spss.R compare DIR   reads DIR/ours.csv (pkpcohort's fields, from
#                                  r_spss.sql) and DIR/pspp.csv (PSPP's output),
#                                  calls R's functions with their DEFAULT
#                                  arguments, and prints one "ok|check|detail"
#                                  or "FAIL|check|detail" line per row of
#                                  README.md's table "Which field is R's or
#                                  SPSS's number"
#
# The point is the mapping, not the numerics (test/xval/ compares every field
# on hundreds of datasets): for each R call as users type it, and each PSPP
# table as SPSS users read it, which pkpcohort field holds the number.  The
# datasets are small, fixed by a seed, and chosen so that R takes each of its
# branches (exact p without ties and with fewer than 50 values per group, the
# normal approximation with ties or with 50 or more).
#
# Tolerances: R's numbers relative 1e-9 (both sides compute the same formula
# in double precision); R's fisher.test odds-ratio estimate and interval
# relative 1e-3 (R's root finder stops early; pkpcohort solves to 1e-13);
# PSPP's numbers half a unit in the last decimal PSPP prints.
options(warn = 1)
args <- commandArgs(trailingOnly = TRUE)
mode <- args[1]
dir <- args[2]
invisible(Sys.setlocale("LC_COLLATE", "C"))   # factor levels 'a' < 'b' as in the database

# ------------------------------------------------------------------ data
make_data <- function() {
  set.seed(20261202)
  distinct <- function(x) { stopifnot(!anyDuplicated(x)); x }
  d <- list()
  # two groups, continuous, no ties, fewer than 50 values each
  v <- distinct(round(c(rnorm(9, 50, 8), rnorm(11, 57, 10)), 4))
  d$two <- data.frame(v = v, g = rep(c("a", "b"), c(9, 11)))
  # two groups of 0-10 scores: ties
  d$twot <- data.frame(v = c(sample(0:10, 30, TRUE, prob = 11:1), sample(0:10, 35, TRUE)),
                       g = rep(c("a", "b"), c(30, 35)))
  # two groups without ties, 50 or more values in each
  v <- distinct(round(c(rnorm(60, 0, 1), rnorm(55, 0.4, 1)), 6))
  d$big <- data.frame(v = v, g = rep(c("a", "b"), c(60, 55)))
  # pairs without ties or zeros in d = x - y
  x <- round(rnorm(15, 6, 2), 3)
  y <- round(x - 0.6 + rnorm(15, 0, 0.8), 3)
  stopifnot(!anyDuplicated(abs(x - y)), all(x != y))
  d$pair <- data.frame(x = x, y = y)
  # paired 0-10 scores: ties and zero differences
  x <- sample(3:10, 40, TRUE)
  d$pairt <- data.frame(x = x, y = pmax(0, pmin(10, x - sample(-1:4, 40, TRUE))))
  stopifnot(any(d$pairt$x == d$pairt$y))
  # a 2 x 2 and a 3 x 3 table (integer labels: the linear-by-linear scores)
  d$tab22 <- data.frame(a = sample(1:2, 60, TRUE), b = sample(1:2, 60, TRUE, prob = c(2, 1)))
  r <- sample(1:3, 80, TRUE)
  d$tab33 <- data.frame(r = r, c = pmin(3, pmax(1, r + sample(-1:1, 80, TRUE))))
  # survival of two groups
  time <- round(c(rexp(20, 1 / 12), rexp(20, 1 / 20)), 1) + 0.1
  d$surv <- data.frame(time = time, event = runif(40) < 0.7, g = rep(c("a", "b"), each = 20))
  # one normal sample (its K-S Z stays below 1, where PSPP's p is SPSS's)
  d$norm <- data.frame(v = round(rnorm(30, 10, 2), 3))
  d
}

pspp_syntax <- function(d) {
  block <- function(df, cols) {
    paste0("DATA LIST LIST /", paste(names(cols), collapse = " "), ".\nBEGIN DATA\n",
           paste(do.call(paste, lapply(cols, function(f) f(df))), collapse = "\n"),
           "\nEND DATA.\n")
  }
  num <- function(col) function(df) format(df[[col]], digits = 15)
  grp <- function(col) function(df) ifelse(df[[col]] == "a", 1, 2)
  paste0(
    "TITLE 'two'.\n", block(d$two, list(v = num("v"), g = grp("g"))),
    "T-TEST /GROUPS = g(1, 2) /VARIABLES = v.\n",
    "ONEWAY v BY g /STATISTICS = HOMOGENEITY.\n",
    "NPAR TESTS /M-W = v BY g (1, 2).\n",
    "TITLE 'twot'.\n", block(d$twot, list(v = num("v"), g = grp("g"))),
    "NPAR TESTS /M-W = v BY g (1, 2).\n",
    "TITLE 'pair'.\n", block(d$pair, list(x = num("x"), y = num("y"))),
    "T-TEST /PAIRS = x WITH y (PAIRED).\n",
    "TITLE 'pairt'.\n", block(d$pairt, list(x = num("x"), y = num("y"))),
    "NPAR TESTS /WILCOXON = x WITH y (PAIRED).\n",
    "TITLE 'tab22'.\n", block(d$tab22, list(a = num("a"), b = num("b"))),
    "CROSSTABS /TABLES = a BY b /STATISTICS = CHISQ PHI RISK.\n",
    "TITLE 'tab33'.\n", block(d$tab33, list(r = num("r"), c = num("c"))),
    "CROSSTABS /TABLES = r BY c /STATISTICS = CHISQ PHI.\n",
    "TITLE 'norm'.\n", block(d$norm, list(v = num("v"))),
    "NPAR TESTS /K-S(NORMAL) = v.\n",
    "EXAMINE v /PLOT = NPPLOT.\n")
}

if (mode == "data") {
  d <- make_data()
  for (n in names(d))
    write.csv(d[[n]], file.path(dir, paste0(n, ".csv")), row.names = FALSE, na = "")
  writeLines(pspp_syntax(d), file.path(dir, "pspp.sps"))
  quit(status = 0)
}

# ------------------------------------------------------------------ compare
suppressPackageStartupMessages({
  library(nortest)
  library(survival)
})
d <- make_data()
ours_raw <- read.csv(file.path(dir, "ours.csv"), colClasses = "character")
ours <- setNames(ours_raw$value, ours_raw$key)

# our(key): a number (NA when NULL or absent)
our <- function(key) {
  if (!key %in% names(ours)) stop("ours.csv has no ", key)
  suppressWarnings(as.numeric(ours[[key]]))
}

report <- function(ok, name, detail) cat(if (ok) "ok" else "FAIL", "|", name, "|", detail, "\n", sep = "")

# r_check(name, pairs, rel): pairs is a named list key -> R's number.
r_check <- function(name, pairs, rel = 1e-9) {
  worst <- 0
  bad <- character()
  for (k in names(pairs)) {
    ref <- unname(as.numeric(pairs[[k]]))
    mine <- our(k)
    err <- if (is.na(mine) || is.na(ref)) Inf else
      if (ref == mine) 0 else abs(ref - mine) / max(abs(ref), abs(mine))
    worst <- max(worst, err)
    if (err > rel) bad <- c(bad, sprintf("%s: R %.17g, pkpcohort %.17g", k, ref, mine))
  }
  report(length(bad) == 0, name,
         if (length(bad)) paste(bad, collapse = "; ") else
           sprintf("%d fields, max rel. diff %.1e", length(pairs), worst))
}

# ---- PSPP's CSV output: tables in order, each "Table: title" then rows
pspp_lines <- readLines(file.path(dir, "pspp.csv"), warn = FALSE)
pspp_tables <- list()
i <- 1
while (i <= length(pspp_lines)) {
  if (startsWith(pspp_lines[i], "Table: ")) {
    j <- i + 1
    while (j <= length(pspp_lines) && nzchar(pspp_lines[j])) j <- j + 1
    rows <- if (j > i + 1) read.csv(text = pspp_lines[(i + 1):(j - 1)], header = FALSE,
                                    colClasses = "character", check.names = FALSE) else NULL
    pspp_tables[[length(pspp_tables) + 1]] <- list(title = substring(pspp_lines[i], 8),
                                                   rows = rows)
    i <- j
  } else i <- i + 1
}
# pspp_table(title, nth): the nth table with that title (in syntax order)
pspp_table <- function(title, nth = 1) {
  hits <- Filter(function(t) t$title == title, pspp_tables)
  if (length(hits) < nth) stop("PSPP printed no table ", title, " #", nth)
  hits[[nth]]$rows
}
# cell(tab, row, col): row by the text of its first non-empty leading cells,
# col by number
cell <- function(tab, row_pred, col) {
  r <- which(apply(tab, 1, row_pred))
  if (length(r) != 1) stop("no unique row")
  tab[r, col]
}
has <- function(...) { words <- c(...); function(row) all(words %in% row) }

# p_check(name, pairs): pairs key -> PSPP's printed string (or list(str, f)
# where f maps our value onto PSPP's convention); a key may repeat.
p_check <- function(name, pairs) {
  bad <- character()
  for (i in seq_along(pairs)) {
    p <- pairs[[i]]
    str <- if (is.list(p)) p[[1]] else p
    f <- if (is.list(p)) p[[2]] else identity
    field <- names(pairs)[i]
    mine <- f(our(field))
    ref <- as.numeric(sub("^(-?)\\.", "\\10.", str))
    dec <- if (grepl("\\.", str)) nchar(sub(".*\\.", "", str)) else 0
    if (is.na(ref) || is.na(mine) || abs(ref - mine) > 0.5 * 10^-dec + 1e-12)
      bad <- c(bad, sprintf("%s: PSPP %s, pkpcohort %.10g", field, str, mine))
  }
  report(length(bad) == 0, name,
         if (length(bad)) paste(bad, collapse = "; ") else
           sprintf("%d fields to PSPP's printed decimals", length(pairs)))
}

run <- function(name, expr) {
  tryCatch(expr, error = function(e) report(FALSE, name, conditionMessage(e)))
}

# ================================================================== R
run("R t.test(v ~ g) (Welch, R's default) -> t_welch, df_welch, p_welch, ci_*_welch, mean1, mean2", {
  tt <- t.test(v ~ g, data = d$two)
  r_check("R t.test(v ~ g) (Welch, R's default) -> t_welch, df_welch, p_welch, ci_*_welch, mean1, mean2",
          list(tt.t_welch = tt$statistic, tt.df_welch = tt$parameter, tt.p_welch = tt$p.value,
               tt.ci_lower_welch = tt$conf.int[1], tt.ci_upper_welch = tt$conf.int[2],
               tt.mean1 = tt$estimate[1], tt.mean2 = tt$estimate[2]))
})
run("R t.test(v ~ g, var.equal = TRUE) -> t, df, p_value, ci_lower, ci_upper", {
  tt <- t.test(v ~ g, data = d$two, var.equal = TRUE)
  r_check("R t.test(v ~ g, var.equal = TRUE) -> t, df, p_value, ci_lower, ci_upper",
          list(tt.t = tt$statistic, tt.df = tt$parameter, tt.p_value = tt$p.value,
               tt.ci_lower = tt$conf.int[1], tt.ci_upper = tt$conf.int[2]))
})
run("R t.test(x, y, paired = TRUE) -> t, df, p_value, ci_lower, ci_upper, mean_diff", {
  tt <- t.test(d$pair$x, d$pair$y, paired = TRUE)
  r_check("R t.test(x, y, paired = TRUE) -> t, df, p_value, ci_lower, ci_upper, mean_diff",
          list(pt.t = tt$statistic, pt.df = tt$parameter, pt.p_value = tt$p.value,
               pt.ci_lower = tt$conf.int[1], pt.ci_upper = tt$conf.int[2],
               pt.mean_diff = tt$estimate))
})
run("R cor.test(x, y) -> r, r_p_value", {
  ct <- cor.test(d$pair$x, d$pair$y)
  r_check("R cor.test(x, y) -> r, r_p_value",
          list(pt.r = ct$estimate, pt.r_p_value = ct$p.value))
})
run("R wilcox.test(v ~ g), no ties, n < 50 (exact) -> u, p_exact", {
  wt <- wilcox.test(v ~ g, data = d$two)
  stopifnot(grepl("exact", wt$method) || is.null(wt$exact))
  r_check("R wilcox.test(v ~ g), no ties, n < 50 (exact) -> u, p_exact",
          list(mw.u = wt$statistic, mw.p_exact = wt$p.value))
})
run("R wilcox.test(v ~ g, conf.int = TRUE), exact branch -> hodges_lehmann, ci_lower, ci_upper", {
  wt <- wilcox.test(v ~ g, data = d$two, conf.int = TRUE)
  r_check("R wilcox.test(v ~ g, conf.int = TRUE), exact branch -> hodges_lehmann, ci_lower, ci_upper",
          list(mw.hodges_lehmann = wt$estimate, mw.ci_lower = wt$conf.int[1],
               mw.ci_upper = wt$conf.int[2]))
})
run("R wilcox.test(v ~ g) with ties (normal, corrected) -> u, p_value_cc", {
  wt <- suppressWarnings(wilcox.test(v ~ g, data = d$twot))
  r_check("R wilcox.test(v ~ g) with ties (normal, corrected) -> u, p_value_cc",
          list(mwt.u = wt$statistic, mwt.p_value_cc = wt$p.value))
})
run("R wilcox.test(v ~ g), 50 or more per group (normal, corrected) -> u, p_value_cc", {
  wt <- wilcox.test(v ~ g, data = d$big)
  r_check("R wilcox.test(v ~ g), 50 or more per group (normal, corrected) -> u, p_value_cc",
          list(mwb.u = wt$statistic, mwb.p_value_cc = wt$p.value))
})
run("R wilcox.test(v ~ g, exact = FALSE, correct = FALSE) -> p_value", {
  wt <- suppressWarnings(wilcox.test(v ~ g, data = d$twot, exact = FALSE, correct = FALSE))
  r_check("R wilcox.test(v ~ g, exact = FALSE, correct = FALSE) -> p_value",
          list(mwt.p_value = wt$p.value))
})
run("R wilcox.test(x, y, paired = TRUE), no ties or zeros (exact) -> v, p_exact", {
  wt <- wilcox.test(d$pair$x, d$pair$y, paired = TRUE)
  r_check("R wilcox.test(x, y, paired = TRUE), no ties or zeros (exact) -> v, p_exact",
          list(ws.v = wt$statistic, ws.p_exact = wt$p.value))
})
run("R wilcox.test(x, y, paired = TRUE) with ties and zeros (normal, corrected) -> v, p_value_cc", {
  wt <- suppressWarnings(wilcox.test(d$pairt$x, d$pairt$y, paired = TRUE))
  r_check("R wilcox.test(x, y, paired = TRUE) with ties and zeros (normal, corrected) -> v, p_value_cc",
          list(wst.v = wt$statistic, wst.p_value_cc = wt$p.value))
})
run("R chisq.test(table(a, b)), 2 x 2 (Yates, R's default) -> chi2_yates, p_yates", {
  ct <- chisq.test(table(d$tab22$a, d$tab22$b))
  r_check("R chisq.test(table(a, b)), 2 x 2 (Yates, R's default) -> chi2_yates, p_yates",
          list(tab22.chi2_yates = ct$statistic, tab22.p_yates = ct$p.value))
})
run("R chisq.test(table(a, b), correct = FALSE) -> chi2, df, p_value", {
  ct <- chisq.test(table(d$tab22$a, d$tab22$b), correct = FALSE)
  r_check("R chisq.test(table(a, b), correct = FALSE) -> chi2, df, p_value",
          list(tab22.chi2 = ct$statistic, tab22.df = ct$parameter, tab22.p_value = ct$p.value))
})
run("R chisq.test(table(r, c)), 3 x 3 (no correction beyond 2 x 2) -> chi2, df, p_value", {
  ct <- chisq.test(table(d$tab33$r, d$tab33$c))
  r_check("R chisq.test(table(r, c)), 3 x 3 (no correction beyond 2 x 2) -> chi2, df, p_value",
          list(tab33.chi2 = ct$statistic, tab33.df = ct$parameter, tab33.p_value = ct$p.value))
})
run("R fisher.test(table(a, b)) -> p_fisher", {
  ft <- fisher.test(table(d$tab22$a, d$tab22$b))
  r_check("R fisher.test(table(a, b)) -> p_fisher", list(tab22.p_fisher = ft$p.value))
})
run("R fisher.test(table(a, b)) estimate, conf.int -> or_mle, or_mle_ci_lower, or_mle_ci_upper (rel 1e-3)", {
  ft <- fisher.test(table(d$tab22$a, d$tab22$b))
  r_check("R fisher.test(table(a, b)) estimate, conf.int -> or_mle, or_mle_ci_lower, or_mle_ci_upper (rel 1e-3)",
          list(tab22.or_mle = ft$estimate, tab22.or_mle_ci_lower = ft$conf.int[1],
               tab22.or_mle_ci_upper = ft$conf.int[2]), rel = 1e-3)
})
run("R fisher.test(table(r, c)), 3 x 3 -> p_fisher", {
  ft <- fisher.test(table(d$tab33$r, d$tab33$c))
  r_check("R fisher.test(table(r, c)), 3 x 3 -> p_fisher", list(tab33.p_fisher = ft$p.value))
})
run("R shapiro.test(v) -> w, p_value", {
  st <- shapiro.test(d$norm$v)
  r_check("R shapiro.test(v) -> w, p_value", list(sw.w = st$statistic, sw.p_value = st$p.value))
})
run("R nortest::lillie.test(v) -> d, p_value of ks_normality(v)", {
  lt <- lillie.test(d$norm$v)
  r_check("R nortest::lillie.test(v) -> d, p_value of ks_normality(v)",
          list(ks.d = lt$statistic, ks.p_value = lt$p.value))
})
run("R ks.test(v, \"pnorm\", 10, 2) -> d, p_value of ks_normality(v, 10, 2)", {
  kt <- ks.test(d$norm$v, "pnorm", 10, 2)
  r_check("R ks.test(v, \"pnorm\", 10, 2) -> d, p_value of ks_normality(v, 10, 2)",
          list(ks_known.d = kt$statistic, ks_known.p_value = kt$p.value))
})
run("R survdiff(Surv(time, event) ~ g) -> chi2, df, p_value", {
  sd <- survdiff(Surv(time, event) ~ g, data = d$surv)
  r_check("R survdiff(Surv(time, event) ~ g) -> chi2, df, p_value",
          list(lr.chi2 = sd$chisq, lr.df = length(sd$n) - 1,
               lr.p_value = pchisq(sd$chisq, length(sd$n) - 1, lower.tail = FALSE)))
})
run("R summary(survfit(Surv(time, event) ~ 1), times = 12)$surv -> km_survival(time, event, 12)", {
  sf <- summary(survfit(Surv(time, event) ~ 1, data = d$surv), times = 12)
  r_check("R summary(survfit(Surv(time, event) ~ 1), times = 12)$surv -> km_survival(time, event, 12)",
          list(km.s12 = sf$surv))
})
run("R anova(lm(abs(v - group mean) ~ g)) (Levene) -> f, df1, df2, p_value of levene_test(v, g)", {
  dev <- abs(d$two$v - ave(d$two$v, d$two$g))
  a <- anova(lm(dev ~ d$two$g))
  r_check("R anova(lm(abs(v - group mean) ~ g)) (Levene) -> f, df1, df2, p_value of levene_test(v, g)",
          list(lev.f = a$`F value`[1], lev.df1 = a$Df[1], lev.df2 = a$Df[2], lev.p_value = a$`Pr(>F)`[1]))
})
run("R anova(lm(abs(v - group median) ~ g)) (Brown-Forsythe) -> f, p_value of levene_test(v, g, 'median')", {
  dev <- abs(d$two$v - ave(d$two$v, d$two$g, FUN = median))
  a <- anova(lm(dev ~ d$two$g))
  r_check("R anova(lm(abs(v - group median) ~ g)) (Brown-Forsythe) -> f, p_value of levene_test(v, g, 'median')",
          list(bf.f = a$`F value`[1], bf.p_value = a$`Pr(>F)`[1]))
})

# ================================================================== PSPP
run("PSPP T-TEST /GROUPS: Equal variances assumed -> t, df, p_value, mean_diff, ci_lower, ci_upper", {
  tab <- pspp_table("Independent Samples Test")
  row <- tab[which(tab[, 2] == "Equal variances assumed"), ]
  p_check("PSPP T-TEST /GROUPS: Equal variances assumed -> t, df, p_value, mean_diff, ci_lower, ci_upper",
          list(tt.t = row[[5]], tt.df = row[[6]], tt.p_value = row[[7]],
               tt.mean_diff = row[[8]], tt.ci_lower = row[[10]], tt.ci_upper = row[[11]]))
})
run("PSPP T-TEST /GROUPS: Equal variances not assumed -> t_welch, df_welch, p_welch, ci_*_welch", {
  tab <- pspp_table("Independent Samples Test")
  row <- tab[which(tab[, 2] == "Equal variances not assumed"), ]
  p_check("PSPP T-TEST /GROUPS: Equal variances not assumed -> t_welch, df_welch, p_welch, ci_*_welch",
          list(tt.t_welch = row[[5]], tt.df_welch = row[[6]], tt.p_welch = row[[7]],
               tt.ci_lower_welch = row[[10]], tt.ci_upper_welch = row[[11]]))
})
run("PSPP T-TEST /GROUPS: Levene's Test F, Sig. -> f, p_value of levene_test(v, g)", {
  tab <- pspp_table("Independent Samples Test")
  row <- tab[which(tab[, 2] == "Equal variances assumed"), ]
  p_check("PSPP T-TEST /GROUPS: Levene's Test F, Sig. -> f, p_value of levene_test(v, g)",
          list(lev.f = row[[3]], lev.p_value = row[[4]]))
})
run("PSPP ONEWAY /STATISTICS = HOMOGENEITY -> f, df1, df2, p_value of levene_test(v, g)", {
  row <- pspp_table("Test of Homogeneity of Variances")[2, ]
  p_check("PSPP ONEWAY /STATISTICS = HOMOGENEITY -> f, df1, df2, p_value of levene_test(v, g)",
          list(lev.f = row[[2]], lev.df1 = row[[3]], lev.df2 = row[[4]], lev.p_value = row[[5]]))
})
for (ds in c("mw", "mwt")) local({
  nth <- if (ds == "mw") 1 else 2
  name <- sprintf("PSPP NPAR TESTS /M-W (%s): Mean Rank, Sum of Ranks, Mann-Whitney U, Wilcoxon W, Z, Asymp. Sig. -> mean_rank*, rank_sum*, u_min, rank sum of u_min's group, -abs(z), p_value",
                  if (ds == "mw") "no ties" else "ties")
  run(name, {
    ranks <- pspp_table("Ranks", nth)
    ts <- pspp_table("Test Statistics", nth)
    u1 <- our(paste0(ds, ".u"))
    nn <- our(paste0(ds, ".n1")) * our(paste0(ds, ".n2"))
    w_field <- paste0(ds, if (u1 <= nn - u1) ".rank_sum1" else ".rank_sum2")
    keys <- c(paste0(ds, c(".mean_rank1", ".mean_rank2", ".rank_sum1", ".rank_sum2", ".u_min")),
              w_field, paste0(ds, c(".z", ".p_value")))
    p_check(name, setNames(list(ranks[2, 4], ranks[3, 4], ranks[2, 5], ranks[3, 5], ts[2, 2],
                                ts[2, 3], list(ts[2, 4], function(z) -abs(z)), ts[2, 5]), keys))
  })
})
run("PSPP T-TEST /PAIRS: Correlation, Sig.; Mean, Std. Deviation, S.E. Mean, CI, t, df, Sig. -> r, r_p_value, mean_diff, sd_diff, se, ci_lower, ci_upper, t, df, p_value", {
  cor <- pspp_table("Paired Samples Correlations")[2, ]
  tst <- pspp_table("Paired Samples Test")[4, ]
  p_check("PSPP T-TEST /PAIRS: Correlation, Sig.; Mean, Std. Deviation, S.E. Mean, CI, t, df, Sig. -> r, r_p_value, mean_diff, sd_diff, se, ci_lower, ci_upper, t, df, p_value",
          list(pt.r = cor[[4]], pt.r_p_value = cor[[5]], pt.mean_diff = tst[[3]],
               pt.sd_diff = tst[[4]], pt.se = tst[[5]], pt.ci_lower = tst[[6]],
               pt.ci_upper = tst[[7]], pt.t = tst[[8]], pt.df = tst[[9]],
               pt.p_value = tst[[10]]))
})
run("PSPP NPAR TESTS /WILCOXON: Positive Ranks Sum (of x - y), Ties N, Z, Asymp. Sig. -> v, n_zero, -abs(z), p_value", {
  ranks <- pspp_table("Ranks", 3)
  ts <- pspp_table("Test Statistics", 3)
  pos <- ranks[which(ranks[, 2] == "Positive Ranks"), ]
  ties <- ranks[which(ranks[, 2] == "Ties"), ]
  stopifnot(ranks[2, 1] == "x - y")
  p_check("PSPP NPAR TESTS /WILCOXON: Positive Ranks Sum (of x - y), Ties N, Z, Asymp. Sig. -> v, n_zero, -abs(z), p_value",
          list(wst.v = pos[[5]], wst.n_zero = ties[[3]],
               wst.z = list(ts[which(ts[, 1] == "Z"), 2], function(z) -abs(z)),
               wst.p_value = ts[which(ts[, 1] == "Asymp. Sig. (2-tailed)"), 2]))
})
for (ds in c("tab22", "tab33")) local({
  nth <- if (ds == "tab22") 1 else 2
  two <- ds == "tab22"
  name <- sprintf("PSPP CROSSTABS %s: Pearson, Likelihood Ratio, %sLinear-by-Linear, N; %sCramer's V -> chi2, df, p_value, g2, p_lr, %slbl, p_lbl, n, %scramers_v",
                  if (two) "2 x 2" else "3 x 3", if (two) "Continuity Correction, " else "",
                  if (two) "Phi, " else "", if (two) "chi2_yates, p_yates, " else "",
                  if (two) "abs(phi), " else "")
  run(name, {
    cs <- pspp_table("Chi-Square Tests", nth)
    sm <- pspp_table("Symmetric Measures", nth)
    rw <- function(label) cs[which(cs[, 1] == label), ]
    pairs <- list(chi2 = rw("Pearson Chi-Square")[[2]], df = rw("Pearson Chi-Square")[[3]],
                  p_value = rw("Pearson Chi-Square")[[4]],
                  g2 = rw("Likelihood Ratio")[[2]], p_lr = rw("Likelihood Ratio")[[4]],
                  lbl = rw("Linear-by-Linear Association")[[2]],
                  p_lbl = rw("Linear-by-Linear Association")[[4]],
                  n = rw("N of Valid Cases")[[2]],
                  cramers_v = sm[which(sm[, 2] == "Cramer's V"), 3])
    if (ds == "tab22")
      pairs <- c(pairs, list(chi2_yates = rw("Continuity Correction")[[2]],
                             p_yates = rw("Continuity Correction")[[4]],
                             phi = list(sm[which(sm[, 2] == "Phi"), 3], abs)))
    p_check(name, setNames(pairs, paste0(ds, ".", names(pairs))))
  })
})
run("PSPP CROSSTABS 2 x 2: Fisher's Exact Test Exact Sig. (2-tailed) -> p_fisher", {
  cs <- pspp_table("Chi-Square Tests", 1)
  p_check("PSPP CROSSTABS 2 x 2: Fisher's Exact Test Exact Sig. (2-tailed) -> p_fisher",
          list(tab22.p_fisher = cs[which(cs[, 1] == "Fisher's Exact Test"), 5]))
})
run("PSPP CROSSTABS 2 x 2 /STATISTICS = RISK: Odds Ratio value -> odds_ratio", {
  rk <- pspp_table("Risk Estimate")
  p_check("PSPP CROSSTABS 2 x 2 /STATISTICS = RISK: Odds Ratio value -> odds_ratio",
          list(tab22.odds_ratio = rk[which(startsWith(rk[, 1], "Odds Ratio")), 2]))
})
run("PSPP NPAR TESTS /K-S(NORMAL): Normal Parameters, Most Extreme Differences, Kolmogorov-Smirnov Z, Asymp. Sig. (Z < 1) -> mean, sd, d, d_plus, -d_minus, z, p_kolmogorov", {
  ks <- pspp_table("One-Sample Kolmogorov-Smirnov Test")
  get <- function(a, b) ks[which(ks[, 1] == a & ks[, 2] == b), 3]
  z <- as.numeric(sub("^\\.", "0.", get("Kolmogorov-Smirnov Z", "")))
  if (!(z < 1)) stop("the data must give Z < 1, where PSPP's p is SPSS's; Z = ", z)
  p_check("PSPP NPAR TESTS /K-S(NORMAL): Normal Parameters, Most Extreme Differences, Kolmogorov-Smirnov Z, Asymp. Sig. (Z < 1) -> mean, sd, d, d_plus, -d_minus, z, p_kolmogorov",
          list(ks.mean = get("Normal Parameters", "Mean"), ks.sd = get("", "Std. Deviation"),
               ks.d = get("Most Extreme Differences", "Absolute"), ks.d_plus = get("", "Positive"),
               ks.d_minus = list(get("", "Negative"), function(x) -x),
               ks.z = get("Kolmogorov-Smirnov Z", ""),
               ks.p_kolmogorov = get("Asymp. Sig. (2-tailed)", "")))
})
run("PSPP EXAMINE /PLOT = NPPLOT: Shapiro-Wilk Statistic, df, Sig. -> w, n, p_value", {
  sw <- pspp_table("Tests of Normality")
  row <- sw[nrow(sw), ]
  p_check("PSPP EXAMINE /PLOT = NPPLOT: Shapiro-Wilk Statistic, df, Sig. -> w, n, p_value",
          list(sw.w = row[[2]], sw.n = row[[3]], sw.p_value = row[[4]]))
})
