# test/xval/reporting/gen.R — reporting helpers and vbh_ratio against R.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# * mean_sd:   sprintf("%.*f ± %.*f", d, mean(x), d, sd(x)) (C printf rounding
#              of the double, as pkpcohort); "-0.0" printed as "0.0"; one value:
#              "mean ± NA"; digits NA = argument omitted (1).
# * count_pct: k (100 k / n rounded half up from the exact fraction), computed
#              with exact integer arithmetic in R.
# * format_p:  '<0.001' below 0.001, 3 decimals below 0.01 ('0.01' for '0.010'),
#              else 2 decimals, written here with R's sprintf.
# * vbh_ratio: b / ((a + c) / 2) * 100 and b / a * 100 (c NA).

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "v", "flag", "digits", "p", "a", "b", "c")
REF_COLS <- c("id", "mean_sd", "count_pct", "format_p", "vbh_ratio")
frames <- list(); refs <- list()
add <- function(data, ref) {
  frames[[length(frames) + 1]] <<- data
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  row[names(ref)] <- ref
  row$id <- data$id[1]
  refs[[length(refs) + 1]] <<- row
}

fixed <- function(x, d) {
  s <- sprintf("%.*f", d, x)
  if (grepl("^-[0.]*$", s)) s <- substring(s, 2)
  s
}

# mean_sd
for (i in 1:200) {
  n <- if (i <= 10) 1 else sample(2:80, 1)
  scale <- c(1, 1e-9, 1e9, 100, 0.01)[(i - 1) %% 5 + 1]
  x <- xval_roundtrip(rnorm(n, sample(c(-1, 0, 1, 60), 1), 10) * scale)
  if (i %% 7 == 0) x <- round(x)           # integer data: exact ties in rounding
  d <- if (i %% 4 == 0) NA else sample(0:10, 1)
  # Digits beyond ~12 significant figures print the last ulps of the mean,
  # where R (long double sum plus a correction pass) and a one-pass Welford
  # mean legitimately differ: ask only for what a double carries.
  if (!is.na(d)) d <- min(d, max(0, 11 - ceiling(log10(max(abs(x))))))
  dd <- if (is.na(d)) 1 else d
  ref <- paste(fixed(mean(x), dd), "\u00b1", if (n > 1) fixed(sd(x), dd) else "NA")
  vv <- c(x, NA)                            # a NULL row, skipped
  add(xval_frame(DATA_COLS, id = sprintf("meansd:s%d:%03d", (i - 1) %% 5, i), v = vv, digits = d),
      list(mean_sd = ref))
}

# count_pct
half_up_pct <- function(k, n, d) {
  q <- floor((200 * k * 10^d + n) / (2 * n))   # exact: all integers < 2^53
  ip <- q %/% 10^d; fp <- q %% 10^d
  paste0(k, " (", ip, if (d > 0) paste0(".", formatC(fp, width = d, flag = "0")), "%)")
}
for (i in 1:200) {
  n <- sample(c(1:20, 8, 16, 40, 80, 200, 1000), 1)
  k <- sample(0:n, 1)
  f <- sample(c(rep(TRUE, k), rep(FALSE, n - k)))
  d <- if (i %% 4 == 0) NA else sample(0:4, 1)
  add(xval_frame(DATA_COLS, id = sprintf("countpct:n:%03d", i), flag = c(f, NA), digits = d),
      list(count_pct = half_up_pct(k, n, if (is.na(d)) 1 else d)))
}

# format_p
ps <- c(0, 1, 1e-300, 0.000999, 0.001, 0.0049, 0.00951, 0.00999, 0.01, 0.0499, 0.05, 0.995,
        10^runif(150, -5, 0), runif(50))
for (i in seq_along(ps)) {
  p <- xval_roundtrip(ps[i])
  ref <- if (p < 0.001) "<0.001" else if (p < 0.01) {
    s <- sprintf("%.3f", p); if (s == "0.010") "0.01" else s
  } else sprintf("%.2f", p)
  add(xval_frame(DATA_COLS, id = sprintf("formatp:p:%03d", i), p = p), list(format_p = ref))
}

# vbh_ratio (rows built directly: xval_frame's own local `a` would shadow a column a)
vbh_row <- function(id, a, b, c) {
  df <- xval_frame(DATA_COLS, id = id)
  df$a <- a; df$b <- b; df$c <- c
  df
}
for (i in 1:100) {
  ha <- xval_roundtrip(runif(1, 5, 40)); hb <- xval_roundtrip(runif(1, 3, 40)); hc <- xval_roundtrip(runif(1, 5, 40))
  if (i %% 2 == 0) {
    add(vbh_row(sprintf("vbh:two:%03d", i), ha, hb, NA_real_), list(vbh_ratio = hb / ha * 100))
  } else {
    add(vbh_row(sprintf("vbh:three:%03d", i), ha, hb, hc), list(vbh_ratio = hb / ((ha + hc) / 2) * 100))
  }
}

data <- xval_bind(frames)
ref <- as.data.frame(do.call(rbind, lapply(refs, function(r) as.data.frame(r, stringsAsFactors = FALSE))))
xval_write_csv(data, file.path(args$outdir, "data.csv"))
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("reporting: %d datasets, %d rows\n", nrow(ref), nrow(data)))
