# test/xval/mcnemar/gen.R — datasets and R reference results for mcnemar.
#
#   Rscript gen.R SEED OUTDIR   ->  OUTDIR/data.csv, OUTDIR/reference.csv
#
# Ids are mcnemar:SCENARIO:NNN.  A dataset is a 2 x 2 table of paired
# booleans (a: true/true, b: true/false, c: false/true, d: false/false),
# written as one row per pair, shuffled, some with a NULL before or after;
# conf_level NA means the argument is omitted (0.95).  References:
#   chi2, p_value          mcnemar.test(correct = FALSE)
#   chi2_cc, p_value_cc    mcnemar.test() (R's default; no correction when b = c)
#   p_exact                binom.test(b, b + c)
#   odds_ratio             b / c
#   or_ci_lower/upper      the exact (Clopper-Pearson) limits of b / (b + c)
#                          as odds: qbeta(alpha/2, b, c + 1) / qbeta(alpha/2, c + 1,
#                          b, lower = FALSE) and qbeta(1 - alpha/2, b + 1, c) /
#                          qbeta(alpha/2, c, b + 1) (the same quantiles as
#                          binom.test's interval, whose limits are checked, but
#                          without the cancellation of p / (1 - p) near p = 1)
# Undefined (NA): every statistic when there is no discordant pair.

source(file.path(Sys.getenv("XVAL_DIR", "test/xval"), "lib.R"))
options(warn = 1)
args <- xval_args()
set.seed(args$seed)

DATA_COLS <- c("id", "before", "after", "conf_level")
REF_COLS <- c("id", "n", "n_skipped", "b", "c", "chi2", "p_value", "chi2_cc", "p_value_cc",
              "p_exact", "odds_ratio", "or_ci_lower", "or_ci_upper")
CONF <- c(NA, 0.9, 0.95, 0.99)

data_frames <- list()
ref_rows <- list()

ref_mcnemar <- function(a, b, c, d, skip, cl) {
  ref <- list(n = a + b + c + d, n_skipped = skip, b = b, c = c)
  if (b + c == 0) return(ref)
  tab <- matrix(c(d, b, c, a), 2, 2)    # rows: before F/T, columns: after F/T
  m0 <- mcnemar.test(tab, correct = FALSE); m1 <- mcnemar.test(tab)
  ref$chi2 <- unname(m0$statistic); ref$p_value <- m0$p.value
  ref$chi2_cc <- unname(m1$statistic); ref$p_value_cc <- m1$p.value
  conf <- if (is.na(cl)) 0.95 else cl
  bt <- binom.test(b, b + c, conf.level = conf)
  ref$p_exact <- bt$p.value
  ref$odds_ratio <- b / c
  alpha <- (1 - conf) / 2
  ref$or_ci_lower <- if (b == 0) 0 else
    qbeta(alpha, b, c + 1) / qbeta(alpha, c + 1, b, lower.tail = FALSE)
  ref$or_ci_upper <- if (c == 0) Inf else
    qbeta(1 - alpha, b + 1, c) / qbeta(alpha, c, b + 1)
  # binom.test's interval on the proportion scale agrees
  stopifnot(abs(bt$conf.int[1] - ref$or_ci_lower / (1 + ref$or_ci_lower)) <= 1e-12,
            is.infinite(ref$or_ci_upper) ||
              abs(bt$conf.int[2] - ref$or_ci_upper / (1 + ref$or_ci_upper)) <= 1e-12)
  ref
}

add_table <- function(id, a, b, c, d, i, nulls = FALSE) {
  before <- rep(c(TRUE, TRUE, FALSE, FALSE), c(a, b, c, d))
  after <- rep(c(TRUE, FALSE, TRUE, FALSE), c(a, b, c, d))
  skip <- 0
  if (nulls) {
    before <- c(before, NA, TRUE, NA); after <- c(after, FALSE, NA, NA); skip <- 3
  }
  p <- sample(length(before))
  cl <- CONF[(i - 1) %% length(CONF) + 1]
  data_frames[[length(data_frames) + 1]] <<-
    xval_frame(DATA_COLS, id = id, before = before[p], after = after[p], conf_level = cl)
  row <- setNames(as.list(rep(NA, length(REF_COLS))), REF_COLS)
  ref <- ref_mcnemar(a, b, c, d, skip, cl)
  row[names(ref)] <- ref
  row$id <- id
  ref_rows[[length(ref_rows) + 1]] <<- row
}

rc <- function(lo, hi) sample(lo:hi, 1)
scenarios <- list(
  small = list(60, function() c(rc(0, 20), rc(0, 12), rc(0, 12), rc(0, 20))),
  moderate = list(50, function() c(rc(0, 200), rc(5, 150), rc(5, 150), rc(0, 200))),
  equal = list(12, function() { b <- rc(1, 60); c(rc(0, 30), b, b, rc(0, 30)) }),
  zero_b = list(12, function() c(rc(0, 30), 0, rc(1, 80), rc(0, 30))),
  zero_c = list(12, function() c(rc(0, 30), rc(1, 80), 0, rc(0, 30))),
  one_discordant = list(6, function() if (runif(1) < 0.5) c(rc(0, 9), 1, 0, rc(0, 9)) else c(rc(0, 9), 0, 1, rc(0, 9))),
  concordant = list(6, function() c(rc(0, 20), 0, 0, rc(0, 20))),
  # many discordant pairs: binomial tails and limits at large n
  # (b within 12 standard deviations of m / 2: p from 1 down to about 1e-32)
  big = list(12, function() { m <- rc(5000, 40000); b <- round(m / 2 + runif(1, -12, 12) * sqrt(m) / 2)
    c(rc(0, 100), b, m - b, rc(0, 100)) }),
  # p down to about 1e-300
  tail = list(10, function() { m <- rc(200, 1000); b <- rc(0, max(0, m %/% 12)); c(0, b, m - b, 0) }),
  far = list(6, function() { m <- rc(950, 1010); b <- rc(0, 3); c(rc(0, 5), b, m - b, rc(0, 5)) })
)

for (sc in names(scenarios)) {
  cnt <- scenarios[[sc]][[1]]; gen <- scenarios[[sc]][[2]]
  for (i in seq_len(cnt)) {
    t <- gen()
    add_table(sprintf("mcnemar:%s:%03d", sc, i), t[1], t[2], t[3], t[4], i,
              nulls = (i %% 5 == 0))
  }
}

xval_write_csv(xval_bind(data_frames), file.path(args$outdir, "data.csv"))
ref <- as.data.frame(do.call(rbind, lapply(ref_rows, function(r) as.data.frame(r, stringsAsFactors = FALSE))),
                     stringsAsFactors = FALSE)
xval_write_csv(ref[, REF_COLS], file.path(args$outdir, "reference.csv"), na = "NA")
cat(sprintf("%d datasets\n", nrow(ref)))
