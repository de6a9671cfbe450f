# test/checks/demo_reference.R — R recomputes what the study demo prints
# beside its p-values, from the rows the demo analysed, and says whether the
# demo's figures agree.  Run by test/checks/demo.sh:
#
#   Rscript demo_reference.R WORKDIR PAPER_TABLES_CSV
#
# WORKDIR holds CSV exports of the demo's registry rows and of its views
# (written by demo.sh).  Each check prints one line "ok|name|detail" or
# "FAIL|name|detail".  What is checked, against R 4.2.2 (stats):
#   - two-group effects of study.comparison, CF - SP: difference of means with
#     Student's and Welch's interval (t.test), the Hodges-Lehmann shift (the
#     median of all CF - SP differences) with R's wilcox.test(conf.int = TRUE)
#     interval, and that the printed effect is the one of the chosen test;
#   - the paired table: mean change follow-up - pre with its interval
#     (t.test(paired = TRUE));
#   - the 2 x 2 odds ratios of Tables 1 and 3 (odds of the level the paper
#     lists first, CF over SP) with Woolf's interval, and Cramer's V of the
#     larger tables, from the registry rows;
#   - the audit: which tests (Student / Welch t from the printed mean ± SD,
#     Pearson / Yates chi-square and Fisher's test on the printed counts)
#     reproduce each printed p at two decimals, and that the verdict in each
#     table row says "follows" or "DOES NOT FOLLOW" accordingly.
#   - the course over the visits (study.repeated): Friedman's chi-square and p
#     (friedman.test) and the repeated-measures ANOVA's F, Greenhouse-Geisser
#     epsilon and p (aov with Error(), and epsilon from its definition on the
#     covariance of the visits) over the patients assessed at every visit;
#   - Table 2's p-values adjusted (study.table2_adjusted): p.adjust's Holm
#     within each outcome and over the table, and Benjamini-Hochberg;
#   - the survival curves (study.survival_at, study.survival_median,
#     study.hazard_ratio): survival's survfit at 3 and 12 months (S, its
#     standard error and log interval, at risk), its median with interval,
#     and coxph's hazard ratio, interval and Wald, likelihood-ratio and score p
#     (relative 1e-8 for Cox: R's own convergence is 1e-9).
# Tolerances: relative 1e-9 for closed forms and t intervals; the rank
# intervals in R's large-sample branch are found by R's uniroot (tol 1e-4),
# so there the bounds may differ by 2e-4 (as in test/xval/rank).

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript demo_reference.R WORKDIR PAPER_TABLES_CSV")
work <- args[1]
rd <- function(f) read.csv(file.path(work, f), stringsAsFactors = FALSE, na.strings = "")

result <- function(ok, name, detail = "") {
  cat(sprintf("%s|%s|%s\n", if (isTRUE(ok)) "ok" else "FAIL", name, detail))
}
close_rel <- function(a, b, rel = 1e-9, abs = 0) {
  length(a) == length(b) && all((is.na(a) & is.na(b)) |
    (!is.na(a) & !is.na(b) & abs(a - b) <= pmax(rel * pmax(abs(a), abs(b)), abs)))
}
fmt <- function(x) paste(signif(x, 10), collapse = " ")

meas <- rd("measurement.csv")
cmp <- rd("comparison.csv")
paired <- rd("paired.csv")
cat_rows <- rd("categorical.csv")
pat <- rd("patient_row.csv")
leak <- rd("leak.csv")
effects <- rd("effects.csv")
flags <- rd("flags.csv")
audit <- rd("audit.csv")
repeated <- rd("repeated.csv")
adjusted <- rd("adjusted.csv")
surv <- rd("survival.csv")
surv_at <- rd("survival_at.csv")
surv_median <- rd("survival_median.csv")
hr <- rd("hazard_ratio.csv")
paper <- read.csv(args[2], stringsAsFactors = FALSE, na.strings = "")
paper$line <- seq_len(nrow(paper))
tp_key <- function(tp) ifelse(is.na(tp), "", tp)

# ------------------------------------------------------------ two-group effects
for (i in seq_len(nrow(cmp))) {
  r <- cmp[i, ]
  m <- meas[meas$variable == r$variable & tp_key(meas$timepoint) == tp_key(r$timepoint), ]
  x <- m$value[m$grp == "CF"]; y <- m$value[m$grp == "SP"]
  name <- sprintf("%s %s", r$variable, tp_key(r$timepoint))
  st <- t.test(x, y, var.equal = TRUE)
  we <- t.test(x, y)
  result(close_rel(c(r$mean_diff, r$t_ci_lower, r$t_ci_upper),
                   c(mean(x) - mean(y), st$conf.int)),
         paste("difference of means, Student CI:", name),
         fmt(c(r$mean_diff, r$t_ci_lower, r$t_ci_upper)))
  result(close_rel(c(r$welch_ci_lower, r$welch_ci_upper), as.numeric(we$conf.int)),
         paste("Welch CI:", name), fmt(c(r$welch_ci_lower, r$welch_ci_upper)))
  w <- suppressWarnings(wilcox.test(x, y, conf.int = TRUE))
  hl <- median(outer(x, y, "-"))
  result(close_rel(r$hodges_lehmann, hl, 1e-12) &&
           close_rel(c(r$hl_ci_lower, r$hl_ci_upper), as.numeric(w$conf.int), 1e-9, 2e-4),
         paste("Hodges-Lehmann shift and CI:", name),
         sprintf("ours %s, R %s", fmt(c(r$hodges_lehmann, r$hl_ci_lower, r$hl_ci_upper)),
                 fmt(c(hl, w$conf.int))))
  want <- switch(r$test,
                 "Mann-Whitney U" = c(r$hodges_lehmann, r$hl_ci_lower, r$hl_ci_upper),
                 "Welch t" = c(r$mean_diff, r$welch_ci_lower, r$welch_ci_upper),
                 c(r$mean_diff, r$t_ci_lower, r$t_ci_upper))
  kind <- if (r$test == "Mann-Whitney U") "HL shift" else "mean diff"
  result(identical(r$effect_kind, kind) &&
           close_rel(c(r$effect, r$effect_ci_lower, r$effect_ci_upper), want, 0),
         paste("printed effect is the chosen test's:", name), paste(r$test, "->", r$effect_kind))
}

# ------------------------------------------------------------ paired changes
for (i in seq_len(nrow(paired))) {
  r <- paired[i, ]
  pre <- meas[meas$variable == r$variable & tp_key(meas$timepoint) == "pre" & meas$grp == r$grp, ]
  post <- meas[meas$variable == r$variable & tp_key(meas$timepoint) == r$timepoint & meas$grp == r$grp, ]
  both <- merge(pre, post, by = "procedure_id", suffixes = c(".pre", ".post"))
  tt <- t.test(both$value.post, both$value.pre, paired = TRUE)
  result(r$n == nrow(both) &&
           close_rel(c(r$change, r$change_ci_lower, r$change_ci_upper),
                     c(mean(both$value.post - both$value.pre), tt$conf.int)),
         sprintf("paired change and CI: %s %s %s", r$variable, r$timepoint, r$grp),
         fmt(c(r$n, r$change, r$change_ci_lower, r$change_ci_upper)))
}

# ------------------------------------------------------------ counted tables
# effects: the first line of each counted item of Tables 1 and 3, with the
# effect printed there.  The 2 x 2 odds ratio is the odds of the level the
# paper lists first (Table 3: death), CF over SP.
woolf <- function(tbl) {
  a <- tbl[1, 1]; b <- tbl[1, 2]; c <- tbl[2, 1]; d <- tbl[2, 2]
  or <- (a * d) / (b * c)
  se <- sqrt(1 / a + 1 / b + 1 / c + 1 / d)
  c(or, exp(log(or) + c(-1, 1) * qnorm(0.975) * se))
}
cramer <- function(tbl) {
  x2 <- suppressWarnings(chisq.test(tbl, correct = FALSE))$statistic
  unname(sqrt(x2 / (sum(tbl) * (min(dim(tbl)) - 1))))
}
counted_table <- function(grp, lvl, levels_in_order) {
  tbl <- table(factor(lvl, levels = levels_in_order), factor(grp, levels = c("CF", "SP")))
  tbl[rowSums(tbl) > 0, , drop = FALSE]
}
for (i in seq_len(nrow(effects))) {
  r <- effects[i, ]
  lines <- paper[paper$table == r$tbl & paper$variable == r$variable, ]
  if (r$tbl == 1 && r$variable %in% cat_rows$variable) {
    rows <- cat_rows[cat_rows$variable == r$variable, ]
    tbl <- counted_table(rows$grp, rows$level, c(lines$level, setdiff(unique(rows$level), lines$level)))
  } else if (r$tbl == 3 && r$variable == "cement_leakage") {
    tbl <- counted_table(leak$grp, leak$site, lines$level)
  } else if (r$tbl == 3 && r$variable == "death") {
    dead <- if (r$timepoint == "3m") pat$dead_by_3m else pat$dead_by_1y
    tbl <- counted_table(pat$grp, ifelse(dead == "t", "death", "survival"), c("death", "survival"))
  } else {
    result(FALSE, paste("counted table", r$variable), "no reference for this row")
    next
  }
  name <- sprintf("Table %d %s %s", r$tbl, r$variable, tp_key(r$timepoint))
  if (all(dim(tbl) == 2)) {
    result(identical(r$effect_kind, "OR") &&
             close_rel(c(r$effect, r$effect_ci_lower, r$effect_ci_upper), woolf(tbl)),
           paste("odds ratio (Woolf CI) of", rownames(tbl)[1], "CF vs SP:", name),
           sprintf("ours %s, R %s", fmt(c(r$effect, r$effect_ci_lower, r$effect_ci_upper)), fmt(woolf(tbl))))
  } else {
    result(identical(r$effect_kind, "Cramer V") && close_rel(r$effect, cramer(tbl)),
           paste("Cramer's V:", name), sprintf("ours %s, R %s", fmt(r$effect), fmt(cramer(tbl))))
  }
}

# ------------------------------------------------------------ audit verdicts
n_cf <- as.numeric(paper$cf[paper$variable == "patients"])
n_sp <- as.numeric(paper$sp[paper$variable == "patients"])
t_from_summary <- function(m1, s1, m2, s2) {
  df <- n_cf + n_sp - 2
  sp2 <- ((n_cf - 1) * s1^2 + (n_sp - 1) * s2^2) / df
  t <- (m1 - m2) / sqrt(sp2 * (1 / n_cf + 1 / n_sp))
  v1 <- s1^2 / n_cf; v2 <- s2^2 / n_sp
  tw <- (m1 - m2) / sqrt(v1 + v2)
  dfw <- (v1 + v2)^2 / (v1^2 / (n_cf - 1) + v2^2 / (n_sp - 1))
  c(t = 2 * pt(-abs(t), df), Welch = 2 * pt(-abs(tw), dfw))
}
item_of <- function(v) ifelse(v %in% c("death", "survival"), "death/survival", v)
paper$item <- item_of(paper$variable)
for (i in seq_len(nrow(audit))) {
  a <- audit[i, ]
  lines <- paper[paper$table == a$tbl & paper$item == a$variable &
                   tp_key(paper$timepoint) == tp_key(a$timepoint), ]
  name <- sprintf("audit Table %d %s %s (%s)", a$tbl, a$variable, tp_key(a$timepoint), a$source)
  if (grepl(" ± ", lines$cf[1], fixed = TRUE)) {
    num <- function(s, k) as.numeric(sapply(strsplit(s, " ± ", fixed = TRUE), `[`, k))
    p <- t_from_summary(num(lines$cf, 1), num(lines$cf, 2), num(lines$sp, 1), num(lines$sp, 2))
  } else {
    counts <- cbind(as.numeric(lines$cf), as.numeric(lines$sp))
    p <- c(Pearson = suppressWarnings(chisq.test(counts, correct = FALSE))$p.value)
    if (all(dim(counts) == 2)) p <- c(p, Yates = suppressWarnings(chisq.test(counts))$p.value)
    p <- c(p, Fisher = fisher.test(counts)$p.value)
  }
  follows <- names(p)[round(p, 2) == a$p_reported]
  ours <- if (is.na(a$follows_from)) character(0) else strsplit(a$follows_from, ", ", fixed = TRUE)[[1]]
  verdict <- if (a$tbl == 2) "needs patient data" else if (length(follows)) "follows" else "DOES NOT FOLLOW"
  result(setequal(ours, follows) && startsWith(a$verdict, verdict), name,
         sprintf("R: %s -> %s; ours: %s", paste(sprintf("%s %.4f", names(p), p), collapse = ", "),
                 verdict, a$verdict))
  # the verdict is in the table row where the paper prints the p-value
  flag <- flags$p_paper_check[flags$line == min(lines$line)]
  if (length(flag) == 0) flag <- NA
  shown <- if (is.na(flag)) FALSE else if (a$source == "table") startsWith(flag, verdict) else
    grepl(sprintf("%s's %s %s", a$source, format(a$p_reported, nsmall = 2),
                  if (length(follows)) "follows" else "DOES NOT FOLLOW"), flag, fixed = TRUE)
  result(shown,
         paste(name, "is flagged in its table row"), sprintf("row says: %s", flag))
}

# ------------------------------------------------------------ over the visits
for (i in seq_len(nrow(repeated))) {
  r <- repeated[i, ]
  m <- meas[meas$variable == r$variable & meas$grp == r$grp & !is.na(meas$timepoint), ]
  w <- reshape(m[, c("procedure_id", "timepoint", "value")], idvar = "procedure_id",
               timevar = "timepoint", direction = "wide")
  left_out <- sum(!complete.cases(w))
  w <- w[complete.cases(w), ]
  y <- as.matrix(w[, -1])
  name <- sprintf("over the visits %s %s", r$variable, r$grp)
  fr <- friedman.test(y)
  result(r$n == nrow(y) && r$left_out == left_out &&
         close_rel(c(r$friedman_chi2, r$friedman_p), c(unname(fr$statistic), fr$p.value)),
         paste(name, "Friedman"),
         sprintf("n %d/%d, left out %d/%d, chi2 %s / %s, p %s / %s", r$n, nrow(y), r$left_out,
                 left_out, fmt(r$friedman_chi2), fmt(fr$statistic), fmt(r$friedman_p), fmt(fr$p.value)))
  long <- data.frame(subject = factor(rep(seq_len(nrow(y)), ncol(y))),
                     visit = factor(rep(colnames(y), each = nrow(y))), value = as.vector(y))
  a <- summary(aov(value ~ visit + Error(subject / visit), data = long))
  tab <- a[["Error: subject:visit"]][[1]]
  f <- tab["visit", "F value"]
  k <- ncol(y); n <- nrow(y)
  ct <- contr.poly(k); s <- t(ct) %*% cov(y) %*% ct
  eps <- sum(diag(s))^2 / ((k - 1) * sum(s * s))
  p_gg <- pf(f, eps * (k - 1), eps * (k - 1) * (n - 1), lower.tail = FALSE)
  result(close_rel(c(r$rm_f, r$epsilon_gg, r$rm_p_gg), c(f, eps, p_gg)),
         paste(name, "RM-ANOVA"),
         sprintf("F %s / %s, epsilon %s / %s, p_gg %s / %s", fmt(r$rm_f), fmt(f),
                 fmt(r$epsilon_gg), fmt(eps), fmt(r$rm_p_gg), fmt(p_gg)))
}

# ------------------------------------------------------------ Table 2 adjusted
ok <- !is.na(adjusted$p)
holm_outcome <- rep(NA_real_, nrow(adjusted))
for (v in unique(adjusted$variable)) {
  sel <- ok & adjusted$variable == v
  holm_outcome[sel] <- p.adjust(adjusted$p[sel], "holm")
}
holm_table <- bh_table <- rep(NA_real_, nrow(adjusted))
holm_table[ok] <- p.adjust(adjusted$p[ok], "holm")
bh_table[ok] <- p.adjust(adjusted$p[ok], "BH")
result(nrow(adjusted) > 0 && close_rel(adjusted$p_holm_outcome, holm_outcome, 1e-12),
       "Table 2 Holm within each outcome", sprintf("%d p-values", sum(ok)))
result(nrow(adjusted) > 0 && close_rel(adjusted$p_holm_table, holm_table, 1e-12),
       "Table 2 Holm over the table", sprintf("%d p-values", sum(ok)))
result(nrow(adjusted) > 0 && close_rel(adjusted$p_bh_table, bh_table, 1e-12),
       "Table 2 Benjamini-Hochberg over the table", sprintf("%d p-values", sum(ok)))

# ------------------------------------------------------------ survival curves
suppressPackageStartupMessages(library(survival))
surv$event <- surv$died == "t"
for (i in seq_len(nrow(surv_at))) {
  r <- surv_at[i, ]
  d <- surv[surv$grp == r$grp, ]
  fit <- summary(survfit(Surv(follow_up_months, event) ~ 1, data = d), times = r$months)
  result(r$n_risk == fit$n.risk &&
         close_rel(c(r$survival, r$std_err, r$ci_lower, r$ci_upper),
                   c(fit$surv, fit$std.err, fit$lower, fit$upper)),
         sprintf("survival %s at %d months", r$grp, r$months),
         sprintf("S %s / %s, CI %s %s / %s %s", fmt(r$survival), fmt(fit$surv), fmt(r$ci_lower),
                 fmt(r$ci_upper), fmt(fit$lower), fmt(fit$upper)))
}
for (i in seq_len(nrow(surv_median))) {
  r <- surv_median[i, ]
  d <- surv[surv$grp == r$grp, ]
  q <- quantile(survfit(Surv(follow_up_months, event) ~ 1, data = d), probs = 0.5)
  ref <- unname(c(q$quantile, q$lower, q$upper))
  result(close_rel(c(r$median, r$ci_lower, r$ci_upper), ref),
         sprintf("median survival %s", r$grp),
         sprintf("%s / %s", fmt(c(r$median, r$ci_lower, r$ci_upper)), fmt(ref)))
}
d <- surv
d$grp <- factor(d$grp, levels = c(hr$group1, hr$group2))
cx <- coxph(Surv(follow_up_months, event) ~ grp, data = d, ties = "efron")
sc <- summary(cx)
ref <- c(unname(coef(cx)), sqrt(cx$var[1, 1]), sc$conf.int[1, "lower .95"],
         sc$conf.int[1, "upper .95"], sc$coefficients[1, "Pr(>|z|)"], sc$logtest["pvalue"],
         sc$sctest["pvalue"])
got <- c(hr$coef, hr$se, hr$ci_lower, hr$ci_upper, hr$p_wald, hr$p_lr, hr$p_score)
result(close_rel(got, unname(ref), 1e-8), "hazard ratio SP vs CF (coxph)",
       sprintf("%s / %s", fmt(got), fmt(unname(ref))))
