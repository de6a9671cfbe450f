# test/xval/survival_curves/gen.R — datasets and R reference results for
# km_curve (every step of the Kaplan-Meier curve), km_median, and the
# groups / observed / expected fields of log_rank.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids:
#   kmcurve:SCENARIO:NNN:SSSSS   one per step S of dataset NNN (time order):
#                                summary(survfit(...), censor = TRUE)
#   kmmedian:SCENARIO:NNN        print(survfit(...)): n, events, median, CI
#   lrgroup:SCENARIO:NNN:G       one per group G (label order) of survdiff
# A dataset whose steps do not match (a step missing or extra) shows up in
# the ids check.  References are computed by R at run time:
# * times are tied only when exactly equal: survfit(timefix = FALSE); survdiff
#   is given the dense ranks of the times (see test/xval/survival/gen.R);
# * km_curve: time, n.risk, n.event, n.censor, surv, std.err (of S), lower,
#   upper of summary(fit, censor = TRUE) with conf.type = "log" (the default),
#   conf.int = the dataset's conf_level (0.95 when the argument is omitted);
#   NaN/NA (once S = 0) must be NULL;
# * km_median: summary(fit)$table's records, events, median, LCL, UCL (what
#   print.survfit shows), n_skipped = rows with a NULL time or event;
# * log_rank: survdiff's obs and exp per group, groups in byte order (one
#   group: its observed events, which are then also the expected ones).
# Each dataset is run with the boolean or the integer (0/1) event overload
# (int_event) and with conf_level omitted or given.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
suppressPackageStartupMessages(library(survival))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "time", "event", "grp", "conf_level", "int_event")
REF_COLS <- c("id", "time", "n_risk", "n_event", "n_censor", "survival", "std_err",
              "ci_lower", "ci_upper", "n", "n_events", "n_skipped", "median",
              "group", "observed", "expected")

data_frames <- list()
ref_rows <- list()
add_data <- function(df) data_frames[[length(data_frames) + 1]] <<- df
add_ref <- function(id, ref) {
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- ref
  row <- lapply(row, function(v) if (is.double(v) && (is.nan(v) || length(v) == 0)) NA else v)
  row$id <- id
  ref_rows[[length(ref_rows) + 1]] <<- row
}

gen_times <- function(n, ties, scale = 1, rate = 1) {
  t <- rexp(n, rate)
  if (ties) t <- round(t * 3) / 3
  xval_roundtrip(t * scale)
}
conf_choice <- function(i) c(NA, 0.95, 0.9, 0.99, 0.8)[(i - 1) %% 5 + 1]

# ------------------------------------------------------------ km_curve, km_median
ref_km <- function(key, time, event, conf) {
  ok <- !is.na(time) & !is.na(event)
  n_skipped <- sum(!ok)
  time <- time[ok]; event <- event[ok]
  cl <- if (is.na(conf)) 0.95 else conf
  if (length(time) == 0) {
    add_ref(sprintf("kmmedian:%s", key), list(n = 0, n_events = 0, n_skipped = n_skipped))
    return(invisible())
  }
  fit <- survfit(Surv(time, event) ~ 1, timefix = FALSE, conf.int = cl, conf.type = "log")
  s <- summary(fit, censor = TRUE)
  # independent guard on the curve itself: the product-limit formula
  u <- sort(unique(time))
  pl <- cumprod(vapply(u, function(tj) 1 - sum(time == tj & event) / sum(time >= tj), 1))
  stopifnot(length(s$time) == length(u), all(abs(s$surv - pl) <= 1e-13))
  for (j in seq_along(s$time))
    add_ref(sprintf("kmcurve:%s:%05d", key, j),
            list(time = s$time[j], n_risk = s$n.risk[j], n_event = s$n.event[j],
                 n_censor = s$n.censor[j], survival = s$surv[j], std_err = s$std.err[j],
                 ci_lower = s$lower[j], ci_upper = s$upper[j]))
  tab <- summary(fit)$table
  add_ref(sprintf("kmmedian:%s", key),
          list(n = unname(tab["records"]), n_events = unname(tab["events"]), n_skipped = n_skipped,
               median = unname(tab["median"]),
               ci_lower = unname(tab[sprintf("%sLCL", cl)]), ci_upper = unname(tab[sprintf("%sUCL", cl)])))
}

add_km <- function(scen, i, time, event) {
  key <- sprintf("%s:%03d", scen, i)
  conf <- conf_choice(i)
  p <- sample(length(time))   # rows in random order
  add_data(xval_frame(DATA_COLS, id = sprintf("km:%s", key), time = time[p], event = event[p],
                      conf_level = conf, int_event = i %% 2 == 0))
  ref_km(key, time, event, conf)
}

for (i in 1:40) { n <- sample(5:60, 1); add_km("cont", i, gen_times(n, FALSE), runif(n) < 0.6) }
for (i in 1:40) { n <- sample(5:60, 1); add_km("ties", i, gen_times(n, TRUE), runif(n) < 0.5) }
for (i in 1:25) { n <- sample(10:80, 1); add_km("heavycens", i, gen_times(n, i %% 2 == 0), runif(n) < 0.1) }
for (i in 1:10) { n <- sample(1:30, 1); add_km("allcens", i, gen_times(n, i %% 2 == 0), rep(FALSE, n)) }
for (i in 1:10) { n <- sample(3:30, 1); e <- rep(FALSE, n); e[sample(n, 1)] <- TRUE
                  add_km("oneevent", i, gen_times(n, i %% 2 == 0), e) }
for (i in 1:12) { n <- sample(1:3, 1); add_km("tiny", i, gen_times(n, TRUE), runif(n) < 0.6) }
for (i in 1:12) { n <- sample(5:30, 1); add_km("allevents", i, gen_times(n, TRUE), rep(TRUE, n)) }
for (i in 1:10) { n <- sample(5:40, 1); add_km("small", i, gen_times(n, FALSE, 1e-9), runif(n) < 0.6) }
for (i in 1:10) { n <- sample(5:40, 1); add_km("huge", i, gen_times(n, TRUE, 1e9), runif(n) < 0.6) }
for (i in 1:6)  { n <- sample(6:20, 1); t <- gen_times(n, TRUE); t[1:3] <- 0
                  add_km("zero", i, t, runif(n) < 0.5) }
for (i in 1:10) {
  n <- sample(10:40, 1); t <- gen_times(n, TRUE); e <- runif(n) < 0.6
  t[sample(n, 2)] <- NA; e[sample(n, 2)] <- NA
  add_km("nulls", i, t, e)
}
# the curve sits exactly at 0.5 over an interval (median and limits averaged)
for (i in 1:12) {
  k <- sample(2:6, 1); n <- 2 * k
  t <- as.numeric(seq_len(n)); e <- rep(FALSE, n); e[seq_len(k)] <- TRUE
  if (i %% 2 == 0) e[n] <- TRUE
  add_km("half", i, t, e)
}
for (i in 1:4) { n <- 3000; add_km("large", i, gen_times(n, i %% 2 == 0), runif(n) < 0.7) }

# ------------------------------------------------------------ log_rank: observed / expected
LABELS <- c("A", "b", "ctl, arm", "d\u00e9j\u00e0 vu", "Z")
add_lr <- function(scen, i, time, event, grp) {
  key <- sprintf("%s:%03d", scen, i)
  p <- sample(length(time))
  add_data(xval_frame(DATA_COLS, id = sprintf("lr:%s", key), time = time[p], event = event[p],
                      grp = grp[p], int_event = i %% 2 == 1))
  ok <- !is.na(time) & !is.na(event) & !is.na(grp)
  time <- time[ok]; event <- event[ok]; grp <- grp[ok]
  levs <- xval_sort_labels(grp)
  rt <- match(time, sort(unique(time)))
  # survdiff refuses one group; there every expected event is an observed one
  fit <- if (length(levs) > 1) survival:::survdiff.fit(Surv(rt, event), factor(grp, levels = levs))
         else list(observed = sum(event), expected = sum(event))
  # guard: observed events per group straight from the data
  stopifnot(all(fit$observed == vapply(levs, function(g) sum(event[grp == g]), 1)))
  for (g in seq_along(levs))
    add_ref(sprintf("lrgroup:%s:%d", key, g),
            list(group = levs[g], observed = fit$observed[g], expected = fit$expected[g]))
}
lr_case <- function(scen, i, k, nmin, nmax, ties, p_event = 0.6, effect = 0.5) {
  sizes <- sample(nmin:nmax, k, replace = TRUE)
  grp <- rep(sample(LABELS, k), sizes)
  rate <- rep(exp(effect * seq(0, k - 1)), sizes)
  time <- xval_roundtrip(unlist(lapply(rate, function(r) gen_times(1, ties, 1, r))))
  add_lr(scen, i, time, runif(length(time)) < p_event, grp)
}
for (i in 1:30) lr_case("cont", i, 2 + (i - 1) %% 4, 3, 40, FALSE)
for (i in 1:30) lr_case("ties", i, 2 + (i - 1) %% 4, 3, 40, TRUE)
for (i in 1:8)  lr_case("noevents", i, 2 + (i - 1) %% 3, 3, 10, TRUE, 0)
for (i in 1:8)  lr_case("onegroup", i, 1, 3, 20, TRUE)
for (i in 1:6)  lr_case("large", i, 2 + (i - 1) %% 3, 500, 1500, i %% 2 == 0, 0.7, 2)

data <- xval_bind(data_frames)
# column by column (fast for thousands of rows)
ref <- as.data.frame(lapply(setNames(REF_COLS, REF_COLS), function(k) {
  v <- lapply(ref_rows, `[[`, k)
  if (k %in% c("id", "group")) vapply(v, function(x) if (is.na(x)) NA_character_ else as.character(x), "")
  else vapply(v, as.double, 1)
}), stringsAsFactors = FALSE)
xval_write_csv(data, file.path(args$outdir, "data.csv"))
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("survival_curves: %d reference rows, %d data rows\n", nrow(ref), nrow(data)))
