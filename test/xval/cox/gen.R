# test/xval/cox/gen.R — datasets and R reference results for cox_ph in its two
# forms: cox_ph(time, event, grp) and cox_ph(time, event, covariates float8[]).
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids:
#   coxgrp:SCENARIO:NNN        the two-group form (group 2 against group 1)
#   coxmodel:SCENARIO:NNN      the covariate form's model-level fields
#   coxcoef:SCENARIO:NNN:K     the covariate form's fields of covariate K
# References: survival::coxph(Surv(time, event) ~ ..., ties = "efron",
# timefix = FALSE) and summary() of it (R 4.2.2, survival 3.5), at run time:
# coef, se(coef), exp(coef), lower/upper .95, z, Pr(>|z|), and the
# likelihood-ratio, Wald and score (log-rank) tests with their df.  The
# Wald statistic is coxph's wald.test (summary() prints it rounded to two
# decimals); the covariate form's figures are summary's formulas applied to
# coef and var (checked against summary() where R converged).  R's NA
# (aliased covariate, no events, one group) must be NULL.  Rows with a NULL
# time, event, group or covariate are left out and counted in n_skipped.
# Datasets use the boolean or the integer (0/1) event overload (int_event).

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
suppressPackageStartupMessages(library(survival))
options(warn = -1)   # R's convergence warnings are expected in some scenarios
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "time", "event", "grp", "p", "x1", "x2", "x3", "x4", "x5", "int_event")
REF_COLS <- c("id", "n", "n_events", "n_skipped", "group1", "group2", "n1", "n2",
              "coef", "se", "hazard_ratio", "ci_lower", "ci_upper", "z", "p_wald", "p_value",
              "chi2_lr", "df", "p_lr", "chi2_wald", "chi2_score", "p_score")
TEXT_COLS <- c("id", "group1", "group2")

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
CTRL <- coxph.control(timefix = FALSE)

gen_times <- function(n, ties, rate = 1) {
  t <- rexp(n, rate)
  if (ties) t <- round(t * 4) / 4 + 0.25
  xval_roundtrip(t)
}

# summary() columns of one coefficient row
coef_ref <- function(s, k) {
  cf <- s$coefficients; ci <- s$conf.int
  list(coef = cf[k, "coef"], hazard_ratio = cf[k, "exp(coef)"], se = cf[k, "se(coef)"],
       z = cf[k, "z"], p = cf[k, "Pr(>|z|)"], ci_lower = ci[k, "lower .95"], ci_upper = ci[k, "upper .95"])
}

# ------------------------------------------------------------ two groups
LABELS <- c("CF", "SP", "ctl, arm", "d\u00e9j\u00e0 vu", "0", "Z")
add_grp <- function(scen, i, time, event, grp) {
  key <- sprintf("%s:%03d", scen, i)
  p <- sample(length(time))
  add_data(xval_frame(DATA_COLS, id = sprintf("g:%s", key), time = time[p], event = event[p],
                      grp = grp[p], int_event = i %% 2 == 0))
  ok <- !is.na(time) & !is.na(event) & !is.na(grp)
  ref <- list(n_skipped = sum(!ok))
  time <- time[ok]; event <- event[ok]; grp <- grp[ok]
  levs <- xval_sort_labels(grp)
  ref$n <- length(time); ref$n_events <- sum(event)
  if (length(levs) >= 1) { ref$group1 <- levs[1]; ref$n1 <- sum(grp == levs[1]) } else ref$n1 <- 0
  if (length(levs) >= 2) { ref$group2 <- levs[2]; ref$n2 <- sum(grp == levs[2]) } else ref$n2 <- 0
  if (length(levs) == 2 && sum(event) > 0) {
    x <- as.numeric(grp == levs[2])
    fit <- coxph(Surv(time, event) ~ x, ties = "efron", control = CTRL)
    # R 3.5 reports coef 0 with se 0 when no subject of one group is at risk
    # at an event time and the log likelihood is 0 (its convergence test
    # divides 0 by 0): no information, an undefined coefficient for us
    if (!is.na(coef(fit)[1]) && fit$var[1, 1] > 0) {
      s <- summary(fit)
      cr <- coef_ref(s, 1)
      ref[c("coef", "hazard_ratio", "se", "z", "ci_lower", "ci_upper")] <-
        cr[c("coef", "hazard_ratio", "se", "z", "ci_lower", "ci_upper")]
      ref$p_wald <- cr$p
      ref$chi2_lr <- s$logtest[["test"]]; ref$p_lr <- s$logtest[["pvalue"]]
      ref$chi2_score <- s$sctest[["test"]]; ref$p_score <- s$sctest[["pvalue"]]
    }
  }
  add_ref(sprintf("coxgrp:%s", key), ref)
}
grp_case <- function(scen, i, n1, n2, ties, p_event = 0.6, hr = 1.5) {
  lab <- sample(LABELS, 2)
  grp <- c(rep(lab[1], n1), rep(lab[2], n2))
  rate <- ifelse(grp == xval_sort_labels(lab)[2], hr, 1)
  time <- xval_roundtrip(unlist(lapply(rate, function(r) gen_times(1, ties, r))))
  add_grp(scen, i, time, runif(n1 + n2) < p_event, grp)
}
for (i in 1:40) grp_case("cont", i, sample(5:60, 1), sample(5:60, 1), FALSE, 0.6, exp(rnorm(1, 0, 0.7)))
for (i in 1:40) grp_case("ties", i, sample(5:60, 1), sample(5:60, 1), TRUE, 0.6, exp(rnorm(1, 0, 0.7)))
for (i in 1:20) grp_case("heavycens", i, sample(20:80, 1), sample(20:80, 1), i %% 2 == 0, 0.1)
for (i in 1:12) grp_case("n3", i, sample(1:2, 1), 1, i %% 2 == 0, 0.7)
for (i in 1:10) {
  n <- sample(4:20, 1); e <- rep(FALSE, 2 * n); e[sample(2 * n, 1)] <- TRUE
  add_grp("oneevent", i, gen_times(2 * n, i %% 2 == 0), e, rep(sample(LABELS, 2), each = n))
}
for (i in 1:8) grp_case("noevents", i, sample(3:10, 1), sample(3:10, 1), TRUE, 0)
for (i in 1:6)  { n <- sample(5:15, 1); add_grp("onegroup", i, gen_times(n, TRUE), runif(n) < 0.6, rep("only", n)) }
# separation: every event in one group (monotone likelihood)
for (i in 1:12) {
  n1 <- sample(5:30, 1); n2 <- sample(5:30, 1); lab <- sample(LABELS, 2)
  grp <- c(rep(lab[1], n1), rep(lab[2], n2))
  event <- grp == lab[1 + i %% 2] & runif(n1 + n2) < 0.7
  add_grp("separation", i, gen_times(n1 + n2, i %% 2 == 0), event, grp)
}
for (i in 1:6) grp_case("large", i, sample(800:1500, 1), sample(800:1500, 1), i %% 2 == 0, 0.8, 3 + i)
for (i in 1:10) {
  n <- sample(15:40, 1); lab <- sample(LABELS, 2); grp <- rep(lab, length.out = n)
  time <- gen_times(n, TRUE); event <- runif(n) < 0.6
  time[sample(n, 1)] <- NA; event[sample(n, 1)] <- NA; grp[sample(n, 1)] <- NA
  add_grp("nulls", i, time, event, grp)
}

# ------------------------------------------------------------ covariates
add_multi <- function(scen, i, time, event, X) {
  p <- ncol(X)
  ok <- !is.na(time) & !is.na(event) & complete.cases(X)
  ref <- list(n_skipped = sum(!ok), n = sum(ok), n_events = sum(event[ok]))
  tt <- time[ok]; ee <- event[ok]; XX <- X[ok, , drop = FALSE]
  coef_refs <- rep(list(list()), p)
  evaluable <- TRUE
  if (ref$n_events > 0) {
    fit <- coxph(Surv(tt, ee) ~ XX, ties = "efron", control = CTRL)
    b <- coef(fit); V <- fit$var
    if (fit$iter > CTRL$iter.max) {
      # Out of iterations, R 3.5 reports the inverse of the diagonal of the
      # information only (coxfit6.c inverts the unfactored matrix); the full
      # inverse at R's own estimate comes from R with init = that estimate
      # and no iteration.
      f0 <- tryCatch(coxph(Surv(tt, ee) ~ XX, ties = "efron", init = ifelse(is.na(b), 0, b),
                           control = coxph.control(iter.max = 0, timefix = FALSE)),
                     error = function(e) NULL)
      # NULL: R stopped where it cannot evaluate its own model (exp()
      # overflows): nothing to compare but the counts (scenario *_noeval)
      evaluable <- !is.null(f0)
      if (evaluable) {
        V <- f0$var
        b[diag(V) == 0] <- NA
      }
    } else {
      # guard: the formulas below are summary.coxph's
      s <- summary(fit)
      stopifnot(isTRUE(all.equal(unname(s$coefficients[!is.na(b), "se(coef)"]),
                                 sqrt(diag(V))[!is.na(b)], tolerance = 1e-14)))
    }
    ok_coef <- !is.na(b)
    if (evaluable && any(ok_coef)) {
      lr <- -2 * (fit$loglik[1] - fit$loglik[2])
      df <- sum(ok_coef)
      wald <- drop(b[ok_coef] %*% solve(V[ok_coef, ok_coef, drop = FALSE], b[ok_coef]))
      ref$df <- df
      ref$chi2_lr <- lr; ref$p_lr <- pchisq(lr, df, lower.tail = FALSE)
      ref$chi2_wald <- wald; ref$p_wald <- pchisq(wald, df, lower.tail = FALSE)
      ref$chi2_score <- fit$score; ref$p_score <- pchisq(fit$score, df, lower.tail = FALSE)
    }
    q <- qnorm(0.975)
    for (k in seq_len(p))
      if (evaluable && ok_coef[k]) {
        se <- sqrt(V[k, k]); z <- b[[k]] / se
        coef_refs[[k]] <- list(coef = b[[k]], se = se, hazard_ratio = exp(b[[k]]), z = z,
                               p_value = pchisq(z^2, 1, lower.tail = FALSE),
                               ci_lower = exp(b[[k]] - q * se), ci_upper = exp(b[[k]] + q * se))
      }
  }
  key <- sprintf("%s%s:%03d", scen, if (evaluable) "" else "_noeval", i)
  for (k in seq_len(p)) add_ref(sprintf("coxcoef:%s:%d", key, k), coef_refs[[k]])
  add_ref(sprintf("coxmodel:%s", key), ref)
  cols <- setNames(lapply(1:5, function(k) if (k <= p) X[, k] else NA_real_), paste0("x", 1:5))
  perm <- sample(length(time))
  add_data(do.call(xval_frame, c(list(DATA_COLS, id = sprintf("m:%s", key), time = time[perm],
                                      event = event[perm], p = p, int_event = i %% 2 == 1),
                                 lapply(cols, function(v) if (length(v) > 1) v[perm] else v))))
}
multi_case <- function(scen, i, n, p, ties, p_event = 0.6, scale = 1, binary = FALSE) {
  X <- matrix(rnorm(n * p), n, p)
  if (p >= 2) X[, 2] <- X[, 2] + 0.5 * X[, 1]
  if (binary) X[, p] <- as.numeric(runif(n) < 0.4)
  beta <- rnorm(p, 0, 0.5)
  time <- xval_roundtrip(rexp(n, exp(drop(X %*% beta))))
  if (ties) time <- round(time * 4) / 4 + 0.25
  X <- matrix(xval_roundtrip(X * scale), n, p)
  add_multi(scen, i, time, runif(n) < p_event, X)
}
for (i in 1:40) multi_case("cont", i, sample(20:120, 1), 1 + (i - 1) %% 5, FALSE)
for (i in 1:40) multi_case("ties", i, sample(20:120, 1), 1 + (i - 1) %% 5, TRUE)
for (i in 1:15) multi_case("binary", i, sample(20:100, 1), 1 + (i - 1) %% 4, i %% 2 == 0, 0.6, 1, TRUE)
for (i in 1:15) multi_case("heavycens", i, sample(60:150, 1), 1 + (i - 1) %% 3, i %% 2 == 0, 0.12)
for (i in 1:10) multi_case("large_x", i, sample(30:80, 1), 1 + (i - 1) %% 3, FALSE, 0.6, 1e6)
for (i in 1:10) multi_case("small_x", i, sample(30:80, 1), 1 + (i - 1) %% 3, FALSE, 0.6, 1e-6)
for (i in 1:6)  multi_case("large", i, 3000, 5, i %% 2 == 0, 0.7)
for (i in 1:10) {
  # an aliased covariate (a linear combination) and a constant one
  n <- sample(30:80, 1); X <- matrix(rnorm(n * 2), n, 2)
  X <- if (i %% 2 == 0) cbind(X, X[, 1] + 2 * X[, 2]) else cbind(X, 3)
  add_multi("aliased", i, gen_times(n, i %% 3 == 0), runif(n) < 0.6, matrix(xval_roundtrip(X), n))
}
for (i in 1:8) {
  # no events; one event; n = 3
  n <- c(10, 12, 3, 3)[(i - 1) %% 4 + 1]
  e <- switch((i - 1) %% 4 + 1, rep(FALSE, n), replace(rep(FALSE, n), 1, TRUE), c(TRUE, FALSE, TRUE), rep(TRUE, 3))
  add_multi("thin", i, gen_times(n, FALSE), e, matrix(xval_roundtrip(rnorm(n * 2)), n, 2))
}
for (i in 1:10) {
  n <- sample(30:80, 1); X <- matrix(xval_roundtrip(rnorm(n * 2)), n, 2)
  time <- gen_times(n, TRUE); event <- runif(n) < 0.6
  X[sample(n, 2), sample(2, 1)] <- NA; time[sample(n, 1)] <- NA; event[sample(n, 1)] <- NA
  add_multi("nulls", i, time, event, X)
}
for (i in 1:8) {
  # separation: the second covariate orders the event times completely
  n <- sample(15:40, 1); time <- gen_times(n, FALSE); x1 <- xval_roundtrip(rnorm(n))
  add_multi("separation", i, time, runif(n) < 0.7, cbind(x1, -time))
}

data <- xval_bind(data_frames)
ref <- as.data.frame(lapply(setNames(REF_COLS, REF_COLS), function(k) {
  v <- lapply(ref_rows, `[[`, k)
  if (k %in% TEXT_COLS) vapply(v, function(x) if (is.na(x)) NA_character_ else as.character(x), "")
  else vapply(v, as.double, 1)
}), stringsAsFactors = FALSE)
xval_write_csv(data, file.path(args$outdir, "data.csv"))
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("cox: %d reference rows, %d data rows\n", nrow(ref), nrow(data)))
