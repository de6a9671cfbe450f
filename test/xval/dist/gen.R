# test/xval/dist/gen.R — grids of arguments and reference tail probabilities
# and quantiles for the distributions module.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are GROUP:SCENARIO:NNNNN.  Groups:
#   normal_upper, normal_quantile, chisq_upper, f_upper, t_upper, t_quantile
#       reference: R 4.2.2 (pnorm, qnorm, pchisq, pf, pt, qt);
#   t_upper_mp, t_quantile_mp, f_upper_mp
#       reference: mpmath at 40+ digits (ref_mp.py), the exact values;
#   t_upper_pair, t_quantile_pair
#       f(x, df) / f(x, df') - 1 for df' = df (1 + 1e-15): continuity in df;
#       reference: the same ratio of mpmath values.
# Upper tails are compared where the reference is at least 1e-300.  Where R
# itself is not accurate, its rows are marked (see below and the tolerance
# file).  ref_mp.py runs in up to two processes (~1 CPU minute in all with
# python3-gmpy2, which mpmath uses when it is installed; twice that without).
source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
args <- xval_args()
set.seed(args$seed)
here <- Sys.getenv("XVAL_DIR", "test/xval")
python <- Sys.getenv("PKPC_PYTHON", "/usr/bin/python3")

rows <- list()
add <- function(group, scen, fn, x, df1 = NA, df2 = NA, ref = NA, guess = NA) {
  rows[[length(rows) + 1]] <<- data.frame(group = group, scen = scen, fn = fn, x = x,
                                          df1 = df1, df2 = df2, ref = ref, guess = guess)
}
lunif <- function(n, lo, hi) exp(runif(n, log(lo), log(hi)))

# ---------------------------------------------------------------- fixed grids
xs <- c(0.01, 0.3, 0.99, 1, 1.5, 2, 3, 4, 6, 8, 12, 20, 35, 60, 100, 1e3, 1e5)
dfs <- c(1, 2, 2.5, 3, 5, 7.7, 10, 29.3, 30, 31, 50, 100, 1000, 1e4, 1e5, 3.9e5, 4.1e5, 1e6, 1e8,
         exp(runif(5, 0, 15)))
ps <- c(1e-200, 1e-50, 1e-10, 1e-4, 0.025, 0.05, 0.5, 0.9, 0.975, 0.999, 1 - 1e-10)
for (x in xs) add("normal_upper", "grid", "normal_upper", x, ref = pnorm(x, lower.tail = FALSE))
for (x in c(-xs, xs)) for (df in dfs) add("t_upper", "grid", "t_upper", x, df)
for (x in xs) for (df in dfs[dfs < 1e6])
  add("chisq_upper", "grid", "chisq_upper", x * 3, df, ref = pchisq(x * 3, df, lower.tail = FALSE))
for (x in xs) for (i in 1:6) {
  d1 <- sample(dfs[dfs < 1e5], 1); d2 <- sample(dfs[dfs < 1e5], 1)
  add("f_upper", "grid", "f_upper", x, d1, d2)
}
for (p in ps) add("normal_quantile", "grid", "normal_quantile", p, ref = qnorm(p))
for (p in ps) for (df in dfs) add("t_quantile", "grid", "t_quantile", p, df)

# ---------------------------------------------------------------- t tail, random
# t log-uniform over [1e-8, 1e150], either sign; df log-uniform over [1e-2, 1e12]
n <- 2500
add("t_upper", "rand_t", "t_upper", sample(c(-1, 1), n, TRUE) * lunif(n, 1e-8, 1e150), lunif(n, 1e-2, 1e12))
# t chosen so that the upper tail is log-uniform over [1e-300, 0.5]
n <- 3000
df <- lunif(n, 1e-2, 1e12)
t <- suppressWarnings(qt(lunif(n, 1e-300, 0.5), df, lower.tail = FALSE))
ok <- is.finite(t) & t > 0
add("t_upper", "rand_p", "t_upper", (sample(c(-1, 1), n, TRUE) * t)[ok], df[ok])
# the df of the tests: integers (n - 1, n1 + n2 - 2) and Welch's real df
n <- 600
df <- c(sample(1:200, n / 2, TRUE), lunif(n / 2, 1, 1e7))
t <- suppressWarnings(qt(lunif(n, 1e-300, 0.5), df, lower.tail = FALSE))
add("t_upper", "tests", "t_upper", t, df)
# very large df (the difference to the normal still matters up to df ~ 1e20
# in the far tail)
n <- 200
add("t_upper", "hugedf", "t_upper", lunif(n, 1e-3, 37), lunif(n, 1e12, 1e40))

# ---------------------------------------------------------------- t quantile, random
n <- 1500
q <- lunif(n, 1e-300, 0.25)
upper <- runif(n) < 0.5 & q > 1e-15          # the upper quantiles need 1 - q < 1
add("t_quantile", "rand_tail", "t_quantile", ifelse(upper, 1 - q, q), lunif(n, 1e-2, 1e12))
n <- 500
add("t_quantile", "rand_centre", "t_quantile",
    0.5 + sample(c(-1, 1), n, TRUE) * lunif(n, 1e-16, 0.25), lunif(n, 1e-2, 1e12))
# the levels t_interval uses: conf and 1 - (1 - conf) / 2
conf <- c(0.5, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995, 0.999, 0.9999)
for (cl in conf) {
  df <- c(1:30, 50, 100, 1000, lunif(40, 1, 1e9))
  add("t_quantile", "conf", "t_quantile", cl, df)
  add("t_quantile", "conf", "t_quantile", 1 - (1 - cl) / 2, df)
}
n <- 100
add("t_quantile", "hugedf", "t_quantile", lunif(n, 1e-300, 0.5), lunif(n, 1e12, 1e40))

# ---------------------------------------------------------------- continuity in df
# df and df (1 + 1e-15): the values must differ by what the exact function does;
# the fixed df include both sides of the module's switches (df = 20: Stirling's
# series; df = 1000: the large-a expansion) and those of 0.1 (2e4).
n <- 150
df <- c(lunif(n - 12, 1e-2, 1e12), 2e4, 4e5, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 2, 1,
        20 * (1 - 5e-16), 1000 * (1 - 5e-16))
df2 <- df * (1 + 1e-15)
add("t_upper_pair", "pair", "t_upper_pair", lunif(n, 0.1, 10), df, df2)
add("t_quantile_pair", "pair", "t_quantile_pair",
    ifelse(runif(n) < 0.5, lunif(n, 1e-100, 0.4), 1 - lunif(n, 1e-15, 0.4)), df, df2)

# ---------------------------------------------------------------- F, random
n <- 800
d1 <- c(sample(1:20, n / 2, TRUE), lunif(n / 2, 0.1, 1e3))
d2 <- lunif(n, 1, 1e9)
f <- suppressWarnings(qf(lunif(n, 1e-300, 0.9), d1, d2, lower.tail = FALSE))
ok <- is.finite(f) & f > 0
add("f_upper", "rand", "f_upper", f[ok], d1[ok], d2[ok])

d <- xval_bind(rows)
d[c("x", "df1", "df2")] <- lapply(d[c("x", "df1", "df2")], xval_roundtrip)

# ---------------------------------------------------------------- references
# R's values
is_t <- d$fn == "t_upper"
d$ref[is_t] <- pt(d$x[is_t], d$df1[is_t], lower.tail = FALSE)
is_q <- d$fn == "t_quantile"
d$guess[is_q] <- d$ref[is_q] <- suppressWarnings(qt(d$x[is_q], d$df1[is_q]))
is_f <- d$fn == "f_upper"
d$ref[is_f] <- pf(d$x[is_f], d$df1[is_f], d$df2[is_f], lower.tail = FALSE)
i <- d$fn == "t_quantile_pair"
d$guess[i] <- suppressWarnings(qt(d$x[i], d$df1[i]))

# mpmath's values: every t and F point, and both members of each pair
mp_in <- rbind(
  data.frame(id = seq_len(nrow(d)), fn = sub("_pair$", "", d$fn), x = d$x, df1 = d$df1, df2 = d$df2,
             guess = d$guess)[d$fn %in% c("t_upper", "t_quantile", "f_upper", "t_upper_pair", "t_quantile_pair"), ],
  data.frame(id = -seq_len(nrow(d)), fn = sub("_pair$", "", d$fn), x = d$x, df1 = d$df2, df2 = NA,
             guess = d$guess)[grepl("_pair$", d$fn), ])
mp_in_path <- file.path(args$outdir, "mp_in.csv")
mp_out_path <- file.path(args$outdir, "mp_out.csv")
# two processes when there are two cores (the references take ~1 CPU minute)
ncpu <- min(2L, max(1L, parallel::detectCores(), na.rm = TRUE))
part <- rep_len(seq_len(ncpu), nrow(mp_in))
cmd <- character(0)
for (k in seq_len(ncpu)) {
  xval_write_csv(mp_in[part == k, ], paste0(mp_in_path, k))
  cmd <- c(cmd, sprintf("%s %s %s %s", shQuote(python), shQuote(file.path(here, "dist", "ref_mp.py")),
                        shQuote(paste0(mp_in_path, k)), shQuote(paste0(mp_out_path, k))))
}
st <- system(paste0("set -e; ", paste0(cmd, " & p", seq_len(ncpu), "=$!;", collapse = " "),
                    paste0(" wait $p", seq_len(ncpu), ";", collapse = "")))
if (st != 0) stop("ref_mp.py failed")
mp_out <- do.call(rbind, lapply(seq_len(ncpu), function(k)
  read.csv(paste0(mp_out_path, k), colClasses = c("integer", "character"))))
mpv <- setNames(as.numeric(mp_out$value), mp_out$id)
d$mp <- mpv[as.character(seq_len(nrow(d)))]
d$mp2 <- mpv[as.character(-seq_len(nrow(d)))]

out <- list()
emit <- function(sel, group, value, scen = d$scen) {
  sel <- sel & !is.na(sel)
  if (!any(sel)) return(invisible())
  out[[length(out) + 1]] <<- data.frame(group = group, scen = scen[sel], fn = d$fn[sel],
                                        x = d$x[sel], df1 = d$df1[sel], df2 = d$df2[sel],
                                        value = value[sel], r = d$ref[sel], mp = d$mp[sel])
}
tail_ok <- function(v) is.finite(v) & v >= 1e-300
# Where R itself is not accurate (measured against mpmath; see the tolerance
# file), the R rows are marked and skipped there; mpmath covers them.
#  - far tails: R's pt and pf carry a relative error that grows with |ln p|
#    (the rounding of their exponent), ~3e-13 near 1e-300 and above 1e-13 from
#    ~1e-100 (pt) and ~1e-25 (pf) on: "far_" below 1e-50 (pt) and 1e-20 (pf);
#  - pf below 1e-200: off by up to 1e-5, or 0, for some df1 (e.g. 57): "rinexact_";
#  - qt for df < 1, for |p - 1/2| < 1e-3 (it loses the relative accuracy of
#    quantiles near 0: up to 24 %), and for min(p, 1 - p) < 1e-100 with df < 30
#    (up to 12 % for df < 3, still 1e-11 at df 10-14 below 1e-250): "rinexact_".
q <- pmin(d$x, 1 - d$x)
qt_inexact <- d$df1 < 1 | abs(d$x - 0.5) < 1e-3 | (q < 1e-100 & d$df1 < 30)
far <- (is_t & d$ref < 1e-50) | (is_f & d$ref < 1e-20)
r_scen <- ifelse(!is.na(far) & far, paste0("far_", d$scen), d$scen)
i <- which(is_f & d$ref < 1e-200 | is_q & qt_inexact)
r_scen[i] <- paste0("rinexact_", d$scen[i])
# R references
for (g in c("normal_upper", "chisq_upper", "normal_quantile")) emit(d$group == g & is.finite(d$ref), g, d$ref)
emit(is_t & tail_ok(d$ref), "t_upper", d$ref, r_scen)
emit(is_q & !is.na(d$ref), "t_quantile", d$ref, r_scen)
emit(is_f & tail_ok(d$ref), "f_upper", d$ref, r_scen)
# mpmath references
emit(is_t & tail_ok(d$mp), "t_upper_mp", d$mp)
emit(is_q & !is.na(d$mp), "t_quantile_mp", d$mp)
emit(is_f & tail_ok(d$mp), "f_upper_mp", d$mp)
emit(d$fn == "t_upper_pair" & tail_ok(d$mp) & tail_ok(d$mp2), "t_upper_pair", d$mp / d$mp2 - 1)
emit(d$fn == "t_quantile_pair" & is.finite(d$mp) & is.finite(d$mp2), "t_quantile_pair", d$mp / d$mp2 - 1)

o <- xval_bind(out)
o$id <- sprintf("%s:%s:%05d", o$group, o$scen, seq_len(nrow(o)))
xval_write_csv(o[, c("id", "fn", "x", "df1", "df2")], file.path(args$outdir, "data.csv"))
xval_write_csv(o[, c("id", "value")], file.path(args$outdir, "reference.csv"))
# R's and mpmath's value side by side, for the record (not compared here)
xval_write_csv(o[, c("id", "x", "df1", "df2", "r", "mp")], file.path(args$outdir, "points.csv"))
