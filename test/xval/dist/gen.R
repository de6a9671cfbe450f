# test/xval/dist/gen.R — grids of arguments and R's tail probabilities and
# quantiles (pnorm, pt, pchisq, pf, qnorm, qt) for the distributions module.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are FUNCTION:grid:NNN.  Upper tails are compared where R's value is a
# positive double (down to 1e-300); quantiles over p from 1e-200 to 1 - 1e-10.
source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
args <- xval_args()
set.seed(args$seed)

xs <- c(0.01, 0.3, 0.99, 1, 1.5, 2, 3, 4, 6, 8, 12, 20, 35, 60, 100, 1e3, 1e5)
dfs <- c(1, 2, 2.5, 3, 5, 7.7, 10, 29.3, 30, 31, 50, 100, 1000, 1e4, 1e5, 3.9e5, 4.1e5, 1e6, 1e8,
         exp(runif(5, 0, 15)))
ps <- c(1e-200, 1e-50, 1e-10, 1e-4, 0.025, 0.05, 0.5, 0.9, 0.975, 0.999, 1 - 1e-10)

rows <- list()
add <- function(fn, x, df1, df2, ref, tail = TRUE) {
  # tails: only where R's value is a positive double; quantiles: any finite value
  if (!is.finite(ref) || (tail && ref <= 1e-300)) return(invisible())
  rows[[length(rows) + 1]] <<- data.frame(id = sprintf("%s:grid:%05d", fn, length(rows) + 1),
    fn = fn, x = x, df1 = df1, df2 = df2, value = ref)
}
for (x in xs) add("normal_upper", x, NA, NA, pnorm(x, lower.tail = FALSE))
for (x in c(-xs, xs)) for (df in dfs) add("t_upper", x, df, NA, pt(x, df, lower.tail = FALSE))
for (x in xs) for (df in dfs[dfs < 1e6]) add("chisq_upper", x * 3, df, NA, pchisq(x * 3, df, lower.tail = FALSE))
for (x in xs) for (i in 1:6) {
  d1 <- sample(dfs[dfs < 1e5], 1); d2 <- sample(dfs[dfs < 1e5], 1)
  add("f_upper", x, d1, d2, pf(x, d1, d2, lower.tail = FALSE))
}
for (p in ps) add("normal_quantile", p, NA, NA, qnorm(p), tail = FALSE)
for (p in ps) for (df in dfs) add("t_quantile", p, df, NA, qt(p, df), tail = FALSE)

d <- do.call(rbind, rows)
xval_write_csv(d[, c("id", "fn", "x", "df1", "df2")], file.path(args$outdir, "data.csv"))
xval_write_csv(d[, c("id", "value")], file.path(args$outdir, "reference.csv"))
