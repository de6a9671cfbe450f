# test/xval/lib.R — helpers shared by the gen.R scripts of the cross-validation
# families.  A gen.R sources it with
#     source(file.path(Sys.getenv("XVAL_DIR"), "lib.R"))
# (run.sh exports XVAL_DIR = the directory of this file).

# Command line of every gen.R: Rscript gen.R SEED OUTDIR
xval_args <- function() {
  a <- commandArgs(trailingOnly = TRUE)
  if (length(a) != 2) stop("usage: Rscript gen.R SEED OUTDIR")
  seed <- as.integer(a[1])
  if (is.na(seed)) stop("SEED must be an integer")
  dir.create(a[2], showWarnings = FALSE, recursive = TRUE)
  list(seed = seed, outdir = a[2])
}

# Format one column for CSV.  Doubles get 17 significant digits, which round-trip
# exactly through PostgreSQL's float8in, so the database sees the very numbers
# the reference was computed from.  NA becomes `na` ("" in data.csv = SQL NULL
# for \copy; "NA" in reference.csv), infinities Inf/-Inf, text is quoted.
xval_format_col <- function(v, na) {
  out <- if (is.double(v)) {
    s <- sprintf("%.17g", v)
    s[is.infinite(v) & v > 0] <- "Inf"
    s[is.infinite(v) & v < 0] <- "-Inf"
    s[is.nan(v)] <- "NaN"
    s
  } else if (is.logical(v)) {
    ifelse(v, "true", "false")
  } else if (is.numeric(v)) {
    as.character(v)
  } else {
    v <- enc2utf8(as.character(v))
    paste0('"', gsub('"', '""', v, fixed = TRUE), '"')
  }
  out[is.na(v) & !is.nan(v)] <- na
  out
}

# Write a data frame as CSV with an unquoted header and exact numbers.
# Bytes are written as they are (UTF-8), whatever the locale R runs in.
xval_write_csv <- function(df, path, na = "") {
  stopifnot(all(grepl("^[a-z_][a-z0-9_]*$", names(df))))
  cols <- lapply(df, xval_format_col, na = na)
  body <- if (nrow(df) > 0) do.call(paste, c(cols, sep = ",")) else character(0)
  con <- file(path, open = "wb")
  on.exit(close(con))
  writeLines(c(paste(names(df), collapse = ","), body), con, useBytes = TRUE)
}

# Round a vector through its CSV text form, so that what R computes on is
# bit-for-bit what \copy loads (a no-op for %.17g, kept as a guard).
xval_roundtrip <- function(x) ifelse(is.na(x), NA_real_, suppressWarnings(as.numeric(sprintf("%.17g", x))))

# Build a data frame with exactly the columns `cols`, missing ones NA.
xval_frame <- function(cols, ...) {
  a <- list(...)
  n <- max(1L, vapply(a, length, 1L))
  df <- as.data.frame(lapply(cols, function(k) if (is.null(a[[k]])) rep(NA, n) else rep(a[[k]], length.out = n)),
                      stringsAsFactors = FALSE)
  names(df) <- cols
  unknown <- setdiff(names(a), cols)
  if (length(unknown)) stop("unknown column(s): ", paste(unknown, collapse = ", "))
  df
}

# Bind a list of data frames with the same columns (fast enough for ~1e5 rows).
xval_bind <- function(frames) {
  out <- do.call(rbind, frames)
  rownames(out) <- NULL
  out
}

# Sort text labels the way the test cluster does (it is initialised with
# --locale=C): byte order.  method = "radix" always sorts in the C locale.
xval_sort_labels <- function(x) sort(unique(x), method = "radix")

# API alternative names -> R's
xval_r_alternative <- function(alt) {
  if (is.na(alt)) return("two.sided")
  switch(alt, "two-sided" = "two.sided", less = "less", greater = "greater",
         stop("unknown alternative ", alt))
}
