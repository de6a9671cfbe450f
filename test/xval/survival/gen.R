# test/xval/survival/gen.R — datasets and R reference results for the survival
# family: km_survival (Kaplan-Meier S(at)) and log_rank (k-sample log-rank).
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are km:SCENARIO:NNN and logrank:SCENARIO:NNN.  References come from
# survival::survfit (summary at times) and survival::survdiff (rho = 0) at run
# time.  Conventions R leaves open:
# * Times are tied only when exactly equal: the references run with
#   timefix = FALSE (R's default, TRUE, merges times within a relative ~1.5e-8,
#   see ?aeqSurv; that changes results only for times produced by floating-point
#   arithmetic, e.g. the 1e-9 scenarios here).
# * km_survival(at) = summary(survfit, times = at)$surv for at <= max(time);
#   beyond the largest time NA (summary's extend = FALSE), except 0 once S has
#   reached 0.  No non-NULL rows: NA.
# * log_rank: chi2 and p_value are survdiff's, NA where survdiff has no
#   statistic (fewer than 2 groups with expected > 0: survdiff says chisq 0, df 0;
#   no events; singular variance, where solve() fails).  df = number of groups
#   with expected > 0 minus 1, NA when < 1.  k = groups among the non-NULL rows;
#   n, n_events over them; n_skipped = rows with a NULL time, event or group.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
suppressPackageStartupMessages(library(survival))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "time", "event", "grp", "at")
REF_COLS <- c("id", "surv", "k", "n", "n_skipped", "n_events", "chi2", "df", "p_value")

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

# ------------------------------------------------------------ generators
# Times: continuous exponential, or rounded to a coarse grid (ties between
# events, between censorings and across the two), scaled by `scale`.
gen_times <- function(n, ties, scale = 1, rate = 1) {
  t <- rexp(n, rate)
  if (ties) t <- round(t * 3) / 3 * 1   # grid of 1/3: many ties
  xval_roundtrip(t * scale)
}
gen_events <- function(n, p_event) runif(n) < p_event

# ------------------------------------------------------------ km_survival
ref_km <- function(time, event, at) {
  ok <- !is.na(time) & !is.na(event)
  time <- time[ok]; event <- event[ok]
  if (length(time) == 0) return(list(surv = NA_real_))
  fit <- survfit(Surv(time, event) ~ 1, timefix = FALSE)
  if (at <= max(time)) {
    s <- summary(fit, times = at, extend = TRUE)$surv
  } else {
    last <- summary(fit, times = max(time), extend = TRUE)$surv
    s <- if (last == 0) 0 else NA_real_
  }
  # the product-limit formula, independently, as a guard on the reference
  u <- sort(unique(time[event & time <= at]))
  s2 <- prod(vapply(u, function(tj) 1 - sum(time == tj & event) / sum(time >= tj), 1))
  if (!is.na(s) && at <= max(time)) stopifnot(abs(s - s2) <= 1e-13)
  list(surv = s)
}

km_at_choices <- function(time, event) {
  tt <- time[!is.na(time)]
  if (length(tt) == 0) return(1)
  ev <- tt[!is.na(event[!is.na(time)]) & event[!is.na(time)]]
  c(0, stats::median(tt), max(tt), max(tt) * 1.5 + 1,
    if (length(ev)) sample(ev, 1) else min(tt),   # exactly an event time
    stats::quantile(tt, 0.25, names = FALSE))
}

add_km <- function(scen, i, time, event) {
  ats <- km_at_choices(time, event)
  at <- xval_roundtrip(ats[(i - 1) %% length(ats) + 1])
  id <- sprintf("km:%s:%03d", scen, i)
  add_dataset(xval_frame(DATA_COLS, id = id, time = time, event = event, at = at),
              ref_km(time, event, at))
}

for (i in 1:40) { n <- sample(5:60, 1); add_km("cont", i, gen_times(n, FALSE), gen_events(n, 0.6)) }
for (i in 1:40) { n <- sample(5:60, 1); add_km("ties", i, gen_times(n, TRUE), gen_events(n, 0.5)) }
for (i in 1:12) { n <- sample(1:3, 1); add_km("tiny", i, gen_times(n, TRUE), gen_events(n, 0.5)) }
for (i in 1:12) { n <- sample(5:30, 1); add_km("allevents", i, gen_times(n, TRUE), rep(TRUE, n)) }
for (i in 1:6)  { n <- sample(5:30, 1); add_km("nocens_none", i, gen_times(n, TRUE), rep(FALSE, n)) }
for (i in 1:12) { n <- sample(5:40, 1); add_km("small", i, gen_times(n, FALSE, 1e-9), gen_events(n, 0.6)) }
for (i in 1:12) { n <- sample(5:40, 1); add_km("huge", i, gen_times(n, TRUE, 1e9), gen_events(n, 0.6)) }
for (i in 1:12) {
  n <- sample(10:40, 1); t <- gen_times(n, TRUE); e <- gen_events(n, 0.6)
  t[sample(n, 2)] <- NA; e[sample(n, 2)] <- NA
  add_km("nulls", i, t, e)
}
for (i in 1:6) { n <- 2000; add_km("large", i, gen_times(n, i %% 2 == 0), gen_events(n, 0.7)) }
for (i in 1:6) {   # time 0 rows (event and censored at 0)
  n <- sample(6:20, 1); t <- gen_times(n, TRUE); t[1:3] <- 0
  add_km("zero", i, t, gen_events(n, 0.5))
}

# ------------------------------------------------------------ log_rank
ref_lr <- function(time, event, grp) {
  ok <- !is.na(time) & !is.na(event) & !is.na(grp)
  ref <- list(n_skipped = sum(!ok))
  time <- time[ok]; event <- event[ok]; grp <- grp[ok]
  ref$k <- length(unique(grp)); ref$n <- length(time); ref$n_events <- sum(event)
  if (ref$k < 2 || ref$n_events == 0) return(ref)
  # survdiff(timefix = FALSE) fails in survival 3.5-3 (the argument reaches
  # model.frame); the log-rank test depends on the times only through their
  # order and ties, so R is given the dense ranks of the times instead, which
  # aeqSurv cannot merge.
  rt <- match(time, sort(unique(time)))
  sd <- tryCatch(survdiff(Surv(rt, event) ~ grp), error = function(e) NULL)
  if (is.null(sd)) {
    # survdiff's solve() failed (singular variance); its df is still defined
    fit <- survival:::survdiff.fit(Surv(rt, event), factor(grp))
    ref$df <- sum(fit$expected > 0) - 1
    if (ref$df < 1) ref$df <- NA
    return(ref)
  }
  df <- sum(sd$exp > 0) - 1
  if (df >= 1) {
    ref$df <- df
    ref$chi2 <- sd$chisq
    ref$p_value <- pchisq(sd$chisq, df, lower.tail = FALSE)
    stopifnot(isTRUE(all.equal(ref$p_value, sd$pvalue, tolerance = 1e-15)))
  }
  ref
}

LABELS <- c("A", "b", "ctl, arm", "d\u00e9j\u00e0 vu", "Z")
add_lr <- function(scen, i, time, event, grp) {
  id <- sprintf("logrank:%s:%03d", scen, i)
  p <- sample(length(time))   # shuffle rows
  add_dataset(xval_frame(DATA_COLS, id = id, time = time[p], event = event[p], grp = grp[p]),
              ref_lr(time[p], event[p], grp[p]))
}
gen_groups <- function(sizes) rep(sample(LABELS, length(sizes)), sizes)

lr_case <- function(scen, i, k, nmin, nmax, ties, scale = 1, p_event = 0.6, effect = 0.5) {
  sizes <- sample(nmin:nmax, k, replace = TRUE)
  grp <- gen_groups(sizes)
  rate <- rep(exp(effect * seq(0, k - 1) * (runif(1) - 0.3)), sizes)
  time <- xval_roundtrip(unlist(lapply(seq_along(rate), function(j) gen_times(1, ties, scale, rate[j]))))
  add_lr(scen, i, time, gen_events(length(time), p_event), grp)
}

for (i in 1:45) lr_case("cont", i, 2 + (i - 1) %% 3, 5, 40, FALSE)
for (i in 1:45) lr_case("ties", i, 2 + (i - 1) %% 3, 5, 40, TRUE)
for (i in 1:15) lr_case("tiny", i, 2 + (i - 1) %% 3, 1, 3, TRUE)
for (i in 1:12) lr_case("n1", i, 2, 1, 1, TRUE)
for (i in 1:12) lr_case("small", i, 2 + (i - 1) %% 3, 5, 30, FALSE, 1e-9)
for (i in 1:12) lr_case("huge", i, 2 + (i - 1) %% 3, 5, 30, TRUE, 1e9)
for (i in 1:9)  lr_case("large", i, 2 + (i - 1) %% 3, 500, 1500, i %% 2 == 0, 1, 0.7, 3)
for (i in 1:6)  lr_case("noevents", i, 2 + (i - 1) %% 3, 3, 10, TRUE, 1, 0)
for (i in 1:6)  lr_case("onegroup", i, 1, 5, 20, TRUE)
for (i in 1:9)  lr_case("same", i, 2 + (i - 1) %% 3, 5, 20, TRUE, 1, 0.6, 0)
for (i in 1:8) {
  # one group entirely censored before the first event: expected 0, left out
  k <- 2 + (i - 1) %% 3
  sizes <- sample(4:15, k, replace = TRUE)
  grp <- gen_groups(sizes)
  time <- gen_times(sum(sizes), TRUE) + 1
  event <- gen_events(sum(sizes), 0.6)
  early <- grp == grp[1]
  time[early] <- runif(sum(early), 0, 0.5)
  event[early] <- FALSE
  add_lr("zeroexp", i, xval_roundtrip(time), event, grp)
}
for (i in 1:8) {
  # all subjects die at one time: singular variance
  k <- 2 + (i - 1) %% 3
  sizes <- sample(1:4, k, replace = TRUE)
  add_lr("singular", i, rep(2, sum(sizes)), rep(TRUE, sum(sizes)), gen_groups(sizes))
}
for (i in 1:12) {
  k <- 2 + (i - 1) %% 3
  sizes <- sample(6:20, k, replace = TRUE)
  grp <- gen_groups(sizes); time <- gen_times(sum(sizes), TRUE); event <- gen_events(sum(sizes), 0.6)
  time[sample(length(time), 1)] <- NA; event[sample(length(time), 1)] <- NA; grp[sample(length(time), 1)] <- NA
  add_lr("nulls", i, time, event, grp)
}

data <- xval_bind(data_frames)
ref <- as.data.frame(do.call(rbind, lapply(ref_rows, function(r) as.data.frame(r, stringsAsFactors = FALSE))))
xval_write_csv(data, file.path(args$outdir, "data.csv"))
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("survival: %d datasets, %d rows\n", nrow(ref), nrow(data)))
