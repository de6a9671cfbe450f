# test/demo/gen_cohort.R — the synthetic demo cohort of the study (59 patients,
# bilateral PKP, confluent "CF" n = 35 vs separated "SP" n = 24 cement), written
# as INSERT statements into the tables of test/demo/registry.sql.
#
# Regenerate the committed file, from the repository root:
#
#   Rscript test/demo/gen_cohort.R > test/demo/cohort.sql
#
# Deterministic: fixed RNG kind and seed, no network, no input files; the same
# R version writes the same bytes (the committed file was written by R 4.2.2).
#
# What the cohort reproduces (and what it cannot):
# - every count of the paper's Tables 1 and 3 exactly (sex, lesion type,
#   location class, thoracic/lumbar split given in the text, posterior
#   involvement, invasion, leakage sites, deaths by 3 months and by 1 year).
#   One exception is forced by the paper itself: its SP invasion counts
#   (5 and 20) sum to 25 for 24 patients; the cohort has 5 and 19.
# - every mean +- SD of Tables 1 and 2 to the printed decimal, from values on
#   the scale a registry records them: integer years, minutes and VAS 0-10,
#   cement volume in 0.1 ml, ODI from ten section scores 0-5, vertebral heights
#   in 0.1 mm (VBH% = B / ((A + C) / 2) x 100, the paper's Fig. 2), SF-36 as
#   an integer score.  Follow-up ranges are 3-59 (CF) and 3-54 (SP) months.
# - Table 2 at 3 months and 1 year is over the patients still alive then
#   (34/22 and 30/18): patients who died have no later assessment.
# - It cannot reproduce the paper's rank-test p-values: those depend on the
#   patient-level data, which the paper does not publish.
#
# Method: for each variable, values start from a seeded normal latent (shared
# by the time points of one measure, so pre/post values are correlated as in
# a real cohort), are standardised to the target mean and SD, rounded to the
# recording scale and clamped, then a greedy search moves single values by one
# step until mean and SD are within 0.035 of the printed figures (so rounding
# to one decimal in SQL lands on the printed value with a margin).

RNGkind("Mersenne-Twister", "Inversion", "Rejection")
set.seed(20161001)

TOL <- 0.035

# ---------------------------------------------------------------- fitting

# fit_grid: integer decisions x (value = x * scale) within [lo, hi] whose mean
# and SD are within TOL of m and s; `fixed` elements never move.
fit_grid <- function(x0, scale, lo, hi, m, s, fixed = rep(FALSE, length(x0))) {
	n <- length(x0)
	scale <- rep_len(scale, n); lo <- rep_len(lo, n); hi <- rep_len(hi, n)
	x <- pmin(pmax(round(x0), lo), hi)
	loss <- function(v) (mean(v) - m)^2 + (sd(v) - s)^2
	free <- which(!fixed)
	for (iter in 1:20000) {
		v <- x * scale
		if (abs(mean(v) - m) < TOL && abs(sd(v) - s) < TOL)
			return(x)
		best <- loss(v); bi <- 0L; bd <- 0
		for (i in free) for (d in c(-1, 1)) {
			xi <- x[i] + d
			if (xi < lo[i] || xi > hi[i]) next
			v2 <- v; v2[i] <- xi * scale[i]
			l <- loss(v2)
			if (l < best - 1e-15) { best <- l; bi <- i; bd <- d }
		}
		if (bi == 0L) {          # local minimum: a random one-step kick
			i <- free[sample.int(length(free), 1)]
			x[i] <- min(max(x[i] + sample(c(-1, 1), 1), lo[i]), hi[i])
		} else x[bi] <- x[bi] + bd
	}
	stop(sprintf("no fit for mean %.1f sd %.1f", m, s))
}

# standardise u to mean m and SD s exactly
stdz <- function(u, m, s) m + s * (u - mean(u)) / sd(u)

# correlated latent for time points of one measure: rho * z + noise
latent <- function(z, rho) rho * z + sqrt(1 - rho^2) * rnorm(length(z))

# ---------------------------------------------------------------- design

groups <- list(
	CF = list(n = 35, male = 19, osteolytic = 23, posterior = 26, inv_le75 = 11,
	          # levels by class: T3-T10, L5 (semi-fixed), T11-T12, L1 (junctional), L2-L4
	          loc = c(semi_t = 10, semi_l = 7, junc_t = 3, junc_l = 8, mobile = 7),
	          age = c(60.6, 9.7), duration = c(75.1, 22.8), volume = c(3.8, 1.6),
	          fu = c(33.1, 15.3), fu_max = 59, dead_3m = 1, dead_1y = 5,
	          leak = c(disc = 3, basivertebral = 2, pedicle = 2, venous = 1),
	          vas = rbind(c(6.4, 1.8), c(2.8, 1.0), c(2.3, 0.6), c(3.1, 1.1), c(3.6, 1.1)),
	          odi = rbind(c(71.2, 6.8), c(30.6, 4.2), c(30.5, 3.9), c(31.2, 3.6), c(30.8, 3.3)),
	          avbh = rbind(c(61.8, 5.9), c(69.0, 6.5), c(68.4, 6.4), c(68.6, 6.3), c(68.0, 6.1)),
	          mvbh = rbind(c(61.0, 5.6), c(69.7, 5.9), c(68.8, 5.7), c(67.9, 5.6), c(67.1, 5.7)),
	          sf36 = rbind(c(89.0, 16.5), c(96.3, 18.5))),
	SP = list(n = 24, male = 13, osteolytic = 18, posterior = 16, inv_le75 = 5,
	          loc = c(semi_t = 3, semi_l = 2, junc_t = 5, junc_l = 6, mobile = 8),
	          age = c(59.3, 10.0), duration = c(73.5, 33.6), volume = c(3.9, 1.2),
	          fu = c(26.3, 15.0), fu_max = 54, dead_3m = 2, dead_1y = 6,
	          leak = c(disc = 1, basivertebral = 0, pedicle = 1, venous = 1),
	          vas = rbind(c(6.3, 2.0), c(3.7, 1.5), c(2.8, 0.9), c(3.0, 1.3), c(3.7, 1.0)),
	          odi = rbind(c(71.8, 6.3), c(31.6, 4.8), c(31.0, 3.8), c(30.7, 3.4), c(31.0, 3.3)),
	          avbh = rbind(c(60.9, 7.4), c(70.4, 7.3), c(70.5, 6.7), c(69.0, 5.9), c(68.4, 6.4)),
	          mvbh = rbind(c(60.6, 6.9), c(70.3, 7.1), c(69.6, 7.0), c(68.1, 6.2), c(67.5, 6.1)),
	          sf36 = rbind(c(93.7, 11.8), c(97.6, 19.2))))

TIMEPOINTS <- c("pre", "3d", "1m", "3m", "1y")
LEAK_SITE <- c(disc = "intervertebral disc", basivertebral = "basivertebral foramen",
               pedicle = "puncture trajectory (pedicle)", venous = "venous plexus")

# shuffle a vector of labels with given counts
labels_by_count <- function(counts) sample(rep(names(counts), counts))

# ---------------------------------------------------------------- one group

make_group <- function(g, spec, first_id) {
	n <- spec$n
	id <- first_id + seq_len(n) - 1
	p <- data.frame(id = id, pattern = g, stringsAsFactors = FALSE)
	p$sex <- labels_by_count(c(male = spec$male, female = n - spec$male))
	p$lesion <- labels_by_count(c(osteolytic = spec$osteolytic,
	                              `osteoblastic-related` = n - spec$osteolytic))
	p$posterior <- sample(rep(c(TRUE, FALSE), c(spec$posterior, n - spec$posterior)))
	le75 <- sample(rep(c(TRUE, FALSE), c(spec$inv_le75, n - spec$inv_le75)))
	p$invasion <- ifelse(le75, sample(30:75, n, replace = TRUE), sample(76:98, n, replace = TRUE))
	cls <- labels_by_count(spec$loc)
	p$level <- vapply(cls, function(k) switch(k,
		semi_t = sample(paste0("T", 3:10), 1), semi_l = "L5",
		junc_t = sample(c("T11", "T12"), 1), junc_l = "L1",
		mobile = sample(paste0("L", 2:4), 1)), "")
	thoracic <- startsWith(p$level, "T")
	p$primary <- ifelse(p$lesion == "osteoblastic-related",
		ifelse(p$sex == "male", sample(c("prostate", "prostate", "lung"), n, TRUE),
		       sample(c("breast", "breast", "lung"), n, TRUE)),
		sample(c("lung", "lung", "kidney", "liver", "thyroid", "colorectal",
		         "breast", "unknown primary"), n, TRUE))
	p$primary[p$primary == "breast" & p$sex == "male"] <- "lung"
	p$primary[p$primary == "prostate" & p$sex == "female"] <- "breast"

	p$age <- fit_grid(stdz(rnorm(n), spec$age[1], spec$age[2]), 1, 32, 86,
	                  spec$age[1], spec$age[2])
	p$duration <- fit_grid(stdz(rnorm(n), spec$duration[1], spec$duration[2]), 1, 25, 190,
	                       spec$duration[1], spec$duration[2])
	p$volume <- fit_grid(stdz(rnorm(n), spec$volume[1], spec$volume[2]) / 0.1, 0.1, 10, 85,
	                     spec$volume[1], spec$volume[2]) / 10

	# vital status: who died by 3 months, by 1 year; follow-up in whole months
	fate <- sample(rep(c("d3", "d12", "alive1y"),
	                   c(spec$dead_3m, spec$dead_1y - spec$dead_3m, n - spec$dead_1y)))
	lo <- ifelse(fate == "d3", 3, ifelse(fate == "d12", 4, 13))
	hi <- ifelse(fate == "d3", 3, ifelse(fate == "d12", 12, spec$fu_max))
	fixed <- fate == "d3"
	x0 <- stdz(rnorm(n), spec$fu[1], spec$fu[2])
	top <- which(fate == "alive1y")[which.max(x0[fate == "alive1y"])]
	x0[top] <- spec$fu_max; fixed[top] <- TRUE          # the range's upper end
	p$fu <- fit_grid(x0, 1, lo, hi, spec$fu[1], spec$fu[2], fixed)
	# after one year, about half of those followed for under four years died
	p$dead <- fate != "alive1y" | (p$fu < 48 & runif(n) < 0.5)
	alive_at <- cbind(TRUE, TRUE, TRUE, fate != "d3", fate == "alive1y")

	# procedure and assessment dates; days 1-28 so that "+ n months" is exact
	start <- as.Date("2016-10-01"); span <- as.integer(as.Date("2019-12-28") - start)
	d <- start + sample.int(span, n, replace = TRUE)
	p$proc_date <- as.Date(sprintf("%s-%02d", format(d, "%Y-%m"), pmin(as.integer(format(d, "%d")), 28)))
	p$birth_k <- sample(0:360, n, replace = TRUE)

	# scores: VAS 0-10, ODI total 0-50 (ODI % = 2 x total), SF-36 integer
	z_vas <- rnorm(n); z_odi <- rnorm(n); z_sf <- rnorm(n)
	vas <- odi <- matrix(NA_real_, n, 5)
	for (t in 1:5) {
		a <- alive_at[, t]
		vas[a, t] <- fit_grid(stdz(latent(z_vas[a], 0.6), spec$vas[t, 1], spec$vas[t, 2]),
		                      1, 0, 10, spec$vas[t, 1], spec$vas[t, 2])
		odi[a, t] <- 2 * fit_grid(stdz(latent(z_odi[a], 0.6), spec$odi[t, 1], spec$odi[t, 2]) / 2,
		                          2, 0, 50, spec$odi[t, 1], spec$odi[t, 2])
	}
	sf <- matrix(NA_real_, n, 2)
	for (t in 1:2) {
		a <- alive_at[, c(1, 5)[t]]
		sf[a, t] <- fit_grid(stdz(latent(z_sf[a], 0.99), spec$sf36[t, 1], spec$sf36[t, 2]),
		                     1, 36, 149, spec$sf36[t, 1], spec$sf36[t, 2])
	}

	# vertebral heights (mm, 0.1): adjacent vertebrae constant over time,
	# treated vertebra fitted so that B / ((A + C) / 2) x 100 has the printed mean +- SD
	base <- ifelse(thoracic, 23.5, 28.5) + rnorm(n, 0, 1.2)
	h <- list(
		ant_up = round(base * (1 + rnorm(n, 0, 0.02)), 1),
		ant_lo = round(base * (1.03 + rnorm(n, 0, 0.02)), 1))
	h$mid_up <- round(h$ant_up * (0.95 + rnorm(n, 0, 0.015)), 1)
	h$mid_lo <- round(h$ant_lo * (0.95 + rnorm(n, 0, 0.015)), 1)
	ref_a <- (h$ant_up + h$ant_lo) / 2; ref_m <- (h$mid_up + h$mid_lo) / 2
	z_a <- rnorm(n); z_m <- 0.7 * z_a + sqrt(1 - 0.49) * rnorm(n)
	ant <- mid <- matrix(NA_real_, n, 5)
	for (t in 1:5) {
		a <- alive_at[, t]
		ant[a, t] <- fit_grid(stdz(latent(z_a[a], 0.9), spec$avbh[t, 1], spec$avbh[t, 2]) *
		                      ref_a[a] / 10, 10 / ref_a[a], 1, 1000,
		                      spec$avbh[t, 1], spec$avbh[t, 2]) / 10
		mid[a, t] <- fit_grid(stdz(latent(z_m[a], 0.9), spec$mvbh[t, 1], spec$mvbh[t, 2]) *
		                      ref_m[a] / 10, 10 / ref_m[a], 1, 1000,
		                      spec$mvbh[t, 1], spec$mvbh[t, 2]) / 10
	}

	# cement leakage: one site per leaking patient, SIR grade A (no therapy) but one B
	leak <- data.frame(id = integer(0), site = character(0), grade = character(0))
	nl <- sum(spec$leak)
	if (nl > 0) {
		who <- sample(id, nl)
		site <- unname(LEAK_SITE[rep(names(spec$leak), spec$leak)])
		grade <- rep("A", nl); grade[1] <- if (g == "CF") "B" else "A"
		leak <- data.frame(id = who, site = site, grade = grade)
	}
	list(p = p, vas = vas, odi = odi, sf = sf, ant = ant, mid = mid, h = h, leak = leak)
}

cf <- make_group("CF", groups$CF, 1)
sp <- make_group("SP", groups$SP, 36)

# ---------------------------------------------------------------- ODI sections

# ten section scores 0-5 summing to total; which sections carry the points varies
odi_sections <- function(total) {
	s <- rep(total %/% 10, 10)
	r <- total %% 10
	if (r > 0) { add <- sample.int(10, r); s[add] <- s[add] + 1 }
	for (k in 1:6) {                     # move points between sections, within 0-5
		i <- sample.int(10, 1); j <- sample.int(10, 1)
		if (s[i] > 0 && s[j] < 5 && i != j) { s[i] <- s[i] - 1; s[j] <- s[j] + 1 }
	}
	stopifnot(sum(s) == total, all(s >= 0 & s <= 5))
	s
}

# ---------------------------------------------------------------- SQL output

q <- function(x) ifelse(is.na(x), "NULL", paste0("'", gsub("'", "''", x), "'"))
num <- function(x, d) ifelse(is.na(x), "NULL", formatC(x, format = "f", digits = d))
add_months <- function(date, m) {
	y <- as.integer(format(date, "%Y")); mo <- as.integer(format(date, "%m")) - 1 + m
	as.Date(sprintf("%04d-%02d-%s", y + mo %/% 12, mo %% 12 + 1, format(date, "%d")))
}
birth <- function(p) {
	y <- as.integer(format(p$proc_date, "%Y")) - p$age
	as.Date(sprintf("%04d-%s", y, format(p$proc_date, "%m-%d"))) - p$birth_k
}
emit <- function(table, cols, rows) {
	cat(sprintf("INSERT INTO registry.%s (%s) VALUES\n", table, paste(cols, collapse = ", ")))
	cat(paste0("\t(", rows, ")", collapse = ",\n"), ";\n\n", sep = "")
}

cat("-- test/demo/cohort.sql — GENERATED by test/demo/gen_cohort.R; do not edit.\n",
    "-- Regenerate from the repository root with:\n",
    "--   Rscript test/demo/gen_cohort.R > test/demo/cohort.sql\n",
    "-- A synthetic cohort (no real patient): its counts equal the study's Tables 1\n",
    "-- and 3 and its means +- SD round to Table 2's; see the generator's header.\n\n",
    "BEGIN;\n\n", sep = "")

for (G in list(cf, sp)) {
	p <- G$p
	hosp <- sprintf("PKP-%04d", 1000 + p$id * 7)
	emit("patient", c("patient_id", "hospital_number", "sex", "birth_date", "primary_tumour"),
	     sprintf("%d, %s, %s, %s, %s", p$id, q(hosp), q(p$sex), q(format(birth(p))), q(p$primary)))
	emit("procedure", c("procedure_id", "patient_id", "procedure_date", "level", "approach",
	                    "cement_pattern", "cement_volume_ml", "duration_min", "lesion_type",
	                    "posterior_involvement", "invasion_pct"),
	     sprintf("%d, %d, %s, %s, 'bilateral', %s, %s, %d, %s, %s, %d",
	             p$id, p$id, q(format(p$proc_date)), q(p$level), q(p$pattern),
	             num(p$volume, 1), as.integer(p$duration), q(p$lesion),
	             ifelse(p$posterior, "true", "false"), as.integer(p$invasion)))
	rows <- character(0)
	for (i in seq_len(nrow(p))) for (t in 1:5) {
		if (is.na(G$vas[i, t])) next
		when <- switch(t, p$proc_date[i] - 1, p$proc_date[i] + 3, add_months(p$proc_date[i], 1),
		               add_months(p$proc_date[i], 3), add_months(p$proc_date[i], 12))
		sf <- if (t == 1) G$sf[i, 1] else if (t == 5) G$sf[i, 2] else NA
		rows <- c(rows, sprintf("%d, %s, %s, %d, '{%s}', %s, %s, %s, %s, %s, %s, %s",
			p$id[i], q(TIMEPOINTS[t]), q(format(when)), as.integer(G$vas[i, t]),
			paste(odi_sections(G$odi[i, t] / 2), collapse = ","),
			num(G$h$ant_up[i], 1), num(G$ant[i, t], 1), num(G$h$ant_lo[i], 1),
			num(G$h$mid_up[i], 1), num(G$mid[i, t], 1), num(G$h$mid_lo[i], 1),
			num(sf, 0)))
	}
	emit("assessment", c("procedure_id", "timepoint", "assessed_on", "vas", "odi_sections",
	                     "upper_anterior_mm", "index_anterior_mm", "lower_anterior_mm",
	                     "upper_middle_mm", "index_middle_mm", "lower_middle_mm", "sf36_score"),
	     rows)
	if (nrow(G$leak) > 0) {
		pd <- p$proc_date[match(G$leak$id, p$id)]
		emit("complication", c("procedure_id", "kind", "leakage_site", "sir_grade", "noted_on"),
		     sprintf("%d, 'cement leakage', %s, %s, %s", G$leak$id, q(G$leak$site),
		             q(G$leak$grade), q(format(pd + 1))))
	}
	emit("vital_status", c("patient_id", "status", "status_date"),
	     sprintf("%d, %s, %s", p$id, q(ifelse(p$dead, "dead", "alive")),
	             q(format(add_months(p$proc_date, p$fu)))))
}
cat("COMMIT;\n")
