# test/xval/compare.R — compare a family's query result with R's reference.
#
#   Rscript compare.R REFERENCE.csv RESULT.csv TOLERANCE_FILE [FAMILY]
#
# Joins the two files on `id` and compares every field present in both:
#   * NA/NULL must match NA/NULL exactly ("" and "NA" both mean NA);
#   * numbers: |ours - R| <= max(rel * max(|ours|, |R|), abs_floor), with the
#     per-field / per-dataset rel and abs_floor from TOLERANCE_FILE;
#     +-Inf must match exactly (psql prints Infinity, R writes Inf), NaN only NaN;
#   * anything else (labels, booleans) as exact text (t/true/TRUE are the same boolean).
# One check per (dataset group, field), where the group is the part of the id
# before its first ':' (the whole family when ids have no ':'); a field that is
# NA on both sides in every dataset of a group is not applicable there and is
# not counted.  Plus one check that both files hold the same ids, and one
# failed check per reference field missing from the query output.
# Prints per-check max relative error and number of datasets, the worst
# mismatches, and last the line "N passed, N failed"; exits 1 if any failed.

options(warn = 1, width = 200)
a <- commandArgs(trailingOnly = TRUE)
if (length(a) < 3) stop("usage: Rscript compare.R REFERENCE.csv RESULT.csv TOLERANCE_FILE [FAMILY]")
family <- if (length(a) >= 4) a[4] else "xval"
SHOW_WORST <- as.integer(Sys.getenv("XVAL_SHOW_WORST", "15"))

read_all_text <- function(path) {
  d <- read.csv(path, colClasses = "character", na.strings = character(0), check.names = FALSE,
                encoding = "UTF-8", strip.white = FALSE)
  if (!"id" %in% names(d)) stop(path, ": no `id` column")
  d
}
ref <- read_all_text(a[1])
ours <- read_all_text(a[2])

# ---------------------------------------------------------------- tolerance file
# Lines:  FIELD REL ABS [ID_REGEX]     (FIELD may be *; the last matching line wins)
#         skip FIELD [ID_REGEX]
tol_rules <- list(list(field = "*", rel = 1e-10, abs = 0, re = NULL, skip = FALSE))
if (file.exists(a[3])) {
  for (ln in readLines(a[3], warn = FALSE)) {
    ln <- trimws(sub("#.*$", "", ln))
    if (ln == "") next
    w <- strsplit(ln, "[[:space:]]+")[[1]]
    if (w[1] == "skip") {
      if (length(w) < 2 || length(w) > 3) stop("bad tolerance line: ", ln)
      tol_rules[[length(tol_rules) + 1]] <- list(field = w[2], rel = NA, abs = NA,
                                                 re = if (length(w) == 3) w[3] else NULL, skip = TRUE)
    } else {
      if (length(w) < 3 || length(w) > 4 || anyNA(suppressWarnings(as.numeric(w[2:3]))))
        stop("bad tolerance line: ", ln)
      tol_rules[[length(tol_rules) + 1]] <- list(field = w[1], rel = as.numeric(w[2]), abs = as.numeric(w[3]),
                                                 re = if (length(w) == 4) w[4] else NULL, skip = FALSE)
    }
  }
}
# Tolerance for one field over a vector of ids: data.frame(rel, abs, skip)
tolerance_for <- function(field, ids) {
  rel <- rep(NA_real_, length(ids)); abs_ <- rel; skip <- rep(FALSE, length(ids))
  for (r in tol_rules) {
    if (r$field != "*" && r$field != field) next
    hit <- if (is.null(r$re)) rep(TRUE, length(ids)) else grepl(r$re, ids, perl = TRUE)
    if (r$skip) skip[hit] <- TRUE
    else { rel[hit] <- r$rel; abs_[hit] <- r$abs; skip[hit] <- FALSE }
  }
  data.frame(rel = rel, abs = abs_, skip = skip)
}

# ---------------------------------------------------------------- values
is_na_text <- function(s) s %in% c("", "NA", "NULL")
# Text -> number; NA for NA; NULL (R NULL) for a non-number.
parse_num <- function(s) {
  v <- rep(NA_real_, length(s))
  t <- trimws(s)
  v[t %in% c("Inf", "+Inf", "Infinity", "+Infinity", "inf")] <- Inf
  v[t %in% c("-Inf", "-Infinity", "-inf")] <- -Inf
  v[t == "NaN"] <- NaN
  rest <- !is_na_text(t) & is.na(v) & !is.nan(v)
  v[rest] <- suppressWarnings(as.numeric(t[rest]))
  if (any(rest & is.na(v))) return(NULL)
  v
}
norm_text <- function(s) {
  s[s %in% c("t", "true", "TRUE")] <- "TRUE"
  s[s %in% c("f", "false", "FALSE")] <- "FALSE"
  s
}

passed <- 0L; failed <- 0L
report <- character(0)
worst <- data.frame(id = character(0), field = character(0), ours = character(0), R = character(0),
                    err = numeric(0), stringsAsFactors = FALSE)
pass <- function(name, detail) { passed <<- passed + 1L; cat(sprintf("ok    %-34s %s\n", name, detail)) }
fail <- function(name, detail) { failed <<- failed + 1L; cat(sprintf("FAIL  %-34s %s\n", name, detail)) }

cat(sprintf("xval %s: %d reference datasets, %d result rows\n", family, nrow(ref), nrow(ours)))

# ---------------------------------------------------------------- ids
dup_r <- unique(ref$id[duplicated(ref$id)]); dup_o <- unique(ours$id[duplicated(ours$id)])
missing_ids <- setdiff(ref$id, ours$id); extra_ids <- setdiff(ours$id, ref$id)
if (length(dup_r) + length(dup_o) + length(missing_ids) + length(extra_ids) == 0) {
  pass(paste0(family, ".ids"), sprintf("%d datasets", nrow(ref)))
} else {
  fail(paste0(family, ".ids"), sprintf("%d missing from result, %d extra, %d duplicated",
                                       length(missing_ids), length(extra_ids), length(dup_r) + length(dup_o)))
  if (length(missing_ids)) cat("      missing: ", paste(head(missing_ids, 10), collapse = " "), "\n")
  if (length(extra_ids)) cat("      extra:   ", paste(head(extra_ids, 10), collapse = " "), "\n")
  if (length(dup_o)) cat("      duplicated in result: ", paste(head(dup_o, 10), collapse = " "), "\n")
}
ours <- ours[!duplicated(ours$id), , drop = FALSE]
ref <- ref[!duplicated(ref$id), , drop = FALSE]

# ---------------------------------------------------------------- fields
fields <- setdiff(names(ref), "id")
absent <- setdiff(fields, names(ours))
not_compared <- setdiff(names(ours), names(ref))
if (length(not_compared)) cat("      (only in the query output, not compared: ", paste(not_compared, collapse = ", "), ")\n", sep = "")

group_of <- function(ids) ifelse(grepl(":", ids, fixed = TRUE), sub(":.*$", "", ids), family)
common <- intersect(ref$id, ours$id)
R_ <- ref[match(common, ref$id), , drop = FALSE]
O_ <- ours[match(common, ours$id), , drop = FALSE]
groups <- unique(group_of(ref$id))

for (g in groups) {
  in_g <- group_of(common) == g
  for (f in fields) {
    name <- if (g == family) paste0(family, ".", f) else paste0(g, ".", f)
    ids <- common[in_g]
    rv <- R_[[f]][in_g]
    if (f %in% absent) {
      # fail once per field and group where R has something to compare
      if (any(!is_na_text(rv))) fail(name, "field missing from the query output")
      next
    }
    ov <- O_[[f]][in_g]
    tol <- tolerance_for(f, ids)
    keep <- !tol$skip
    ids <- ids[keep]; rv <- rv[keep]; ov <- ov[keep]; tol <- tol[keep, , drop = FALSE]
    if (length(ids) == 0 || all(is_na_text(rv) & is_na_text(ov))) next   # not applicable here
    rn <- parse_num(rv); on <- parse_num(ov)
    if (!is.null(rn) && !is.null(on)) {
      na_r <- is.na(rn) & !is.nan(rn); na_o <- is.na(on) & !is.nan(on)
      both <- !na_r & !na_o
      err <- rep(0, length(ids))
      bad <- na_r != na_o
      err[bad] <- Inf
      fin <- both & is.finite(rn) & is.finite(on)
      scale <- pmax(abs(rn[fin]), abs(on[fin]))
      diff <- abs(rn[fin] - on[fin])
      err[fin] <- ifelse(diff == 0, 0, diff / scale)
      bad[fin] <- diff > pmax(tol$rel[fin] * scale, tol$abs[fin])
      # infinities and NaN: identical or wrong
      odd <- both & !fin
      same <- (is.nan(rn) & is.nan(on)) | (!is.nan(rn) & !is.nan(on) & rn == on)
      bad[odd] <- !same[odd]
      err[odd] <- ifelse(same[odd], 0, Inf)
      n_val <- sum(both)
      detail <- sprintf("n=%-4d max_rel=%.2e%s", length(ids), if (any(fin)) max(err[fin]) else 0,
                        if (any(bad)) sprintf("  %d mismatch(es)", sum(bad)) else "")
    } else {
      rt <- norm_text(ifelse(is_na_text(rv), NA, rv)); ot <- norm_text(ifelse(is_na_text(ov), NA, ov))
      bad <- !((is.na(rt) & is.na(ot)) | (!is.na(rt) & !is.na(ot) & rt == ot))
      err <- ifelse(bad, Inf, 0)
      detail <- sprintf("n=%-4d text%s", length(ids), if (any(bad)) sprintf("  %d mismatch(es)", sum(bad)) else "")
    }
    if (any(bad)) {
      fail(name, detail)
      worst <- rbind(worst, data.frame(id = ids[bad], field = f, ours = ov[bad], R = rv[bad], err = err[bad],
                                       stringsAsFactors = FALSE))
    } else {
      pass(name, detail)
    }
  }
}

if (nrow(worst) > 0) {
  # the worst mismatch of every failing check first, then the rest by error
  worst$check <- paste(group_of(worst$id), worst$field)
  worst <- worst[order(-worst$err), , drop = FALSE]
  worst <- worst[order(duplicated(worst$check)), , drop = FALSE]
  cat(sprintf("\nworst mismatches (%d of %d; rel_err Inf = NA/NULL, Inf or text mismatch):\n",
              min(SHOW_WORST, nrow(worst)), nrow(worst)))
  w <- head(worst, SHOW_WORST)
  # quote text so that a stray space or case difference is visible
  show <- function(s, null) ifelse(is_na_text(s), null,
                                   ifelse(is.null(parse_num(s)) & is.na(suppressWarnings(as.numeric(s))) &
                                          !s %in% c("Inf", "-Inf", "Infinity", "-Infinity", "NaN"),
                                          encodeString(s, quote = '"'), s))
  print(data.frame(id = w$id, field = w$field, ours = show(w$ours, "NULL"), R = show(w$R, "NA"),
                   rel_err = sprintf("%.2e", w$err)), row.names = FALSE, right = FALSE)
  cat("\n")
}
cat(sprintf("%d passed, %d failed\n", passed, failed))
quit(status = if (failed > 0) 1 else 0)
