# test/xval/padjust/gen.R — datasets and R reference results for p_adjust.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# A dataset is a vector of p-values (some NA: SQL NULL) and a method; each
# element is one row of data.csv (set = SCENARIO:NNN, elem = position).
# Ids of the results are FORM_METHOD:SCENARIO:NNN:ELEM with FORM window
# (p_adjust(p, method) OVER (PARTITION BY set)) or array (p_adjust(p[],
# method), element elem), so that each method and form is its own check.  Reference: p.adjust(p, method) of R, element by
# element (NA stays NA and does not count in n).  Methods cycle through all
# of R's ('holm', 'hochberg', 'hommel', 'bonferroni', 'BH', 'BY', 'fdr',
# 'none'); some datasets spell the method in another case ('Holm', 'bh'),
# which p_adjust accepts and R's reference gets in R's spelling.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

METHODS <- c("holm", "hochberg", "hommel", "bonferroni", "BH", "BY", "fdr", "none")
OTHER_CASE <- c(holm = "Holm", hochberg = "HOCHBERG", hommel = "Hommel", bonferroni = "Bonferroni",
                BH = "bh", BY = "by", fdr = "FDR", none = "None")

data_frames <- list()
ref_frames <- list()

add_set <- function(sc, i, p, method) {
  set <- sprintf("%s:%s:%03d", method, sc, i)
  spelled <- if (i %% 5 == 0) OTHER_CASE[[method]] else method
  data_frames[[length(data_frames) + 1]] <<-
    data.frame(set = set, elem = seq_along(p), p = p, method = spelled, stringsAsFactors = FALSE)
  adj <- p.adjust(p, method)
  for (form in c("window", "array"))
    ref_frames[[length(ref_frames) + 1]] <<-
      data.frame(id = sprintf("%s_%s:%s:%03d:%05d", form, method, sc, i, seq_along(p)),
                 adjusted = adj, stringsAsFactors = FALSE)
}

with_na <- function(p, frac) { if (length(p) > 1) p[sample(length(p), round(frac * length(p)))] <- NA; p }
rn <- function(a, b) sample(a:b, 1)
scenarios <- list(
  uniform = list(48, function() runif(rn(1, 60))),
  signal = list(48, function() c(runif(rn(1, 40)), rbeta(rn(1, 40), 0.2, 5))),
  ties = list(40, function() sample(c(0.001, 0.01, 0.02, 0.04, 0.05, 0.2, 0.5, 1), rn(2, 60), TRUE)),
  rounded = list(24, function() round(rbeta(rn(2, 80), 0.5, 2), 2)),
  extremes = list(24, function() sample(c(0, 1, 1e-300, 1e-200, 5e-324, runif(5)), rn(2, 30), TRUE)),
  with_nulls = list(32, function() with_na(c(runif(rn(2, 40)), rbeta(rn(1, 20), 0.3, 4)), runif(1, 0.1, 0.5))),
  all_null = list(8, function() rep(NA_real_, rn(1, 5))),
  one = list(16, function() with_na(runif(rn(1, 3)), 0.5)),
  two = list(16, function() runif(2)),
  tiny = list(16, function() 10^-runif(rn(2, 40), 10, 300)),
  large = list(10, function() c(runif(rn(500, 3000)), rbeta(rn(10, 300), 0.1, 10))),
  # Hommel's method at n = 10000 (R's loop is O(n^2); ours O(n log n))
  hommel_big = list(2, function() c(runif(9000), rbeta(1000, 0.1, 20)))
)

for (sc in names(scenarios)) {
  cnt <- scenarios[[sc]][[1]]; gen <- scenarios[[sc]][[2]]
  for (i in seq_len(cnt)) {
    p <- xval_roundtrip(gen())
    method <- if (sc == "hommel_big") "hommel" else METHODS[(i - 1) %% length(METHODS) + 1]
    add_set(sc, i, p, method)
  }
}

xval_write_csv(xval_bind(data_frames), file.path(args$outdir, "data.csv"))
ref <- xval_bind(ref_frames)
xval_write_csv(ref, file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("%d p-values in %d datasets\n", nrow(ref) / 2, length(data_frames)))
