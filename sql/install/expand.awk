# expand.awk: assemble the extension's install script from its fragments.
#
# The install script needs the same few statements for every label type a
# test accepts (Citus distributes only aggregates whose argument types and
# transition function are not polymorphic, so each label type that
# registries use gets its own overload).  Rather than repeat them
# by hand, a fragment writes them once between two directives:
#
#   -- @define NAME sqltype:csuffix ...    a named list of items
#   -- @each VAR NAME                      repeat the lines up to the
#   ...  @VAR@ ... @VAR_C@ ...             matching "-- @end" once per item,
#   -- @end                                with @VAR@ = sqltype and
#                                          @VAR_C@ = csuffix
#
# In an item, "~" stands for a space (items are separated by spaces).
#
#   -- @value NAME text                    @NAME@ = text everywhere in the
#                                          script (a number written once)
#
# Blocks may nest (an inner block uses its own variable).  Anything else is
# copied unchanged.  Unknown lists and unbalanced blocks are errors.

function fail(msg) {
	print "expand.awk: " msg > "/dev/stderr"
	exit 1
}

# Expand lines [from, to) of src into out (appending), with no bindings
# beyond those already substituted into the text.
function expand(from, to,    i, j, depth, f, var, list, items, k, nitems, parts, body, line) {
	for (i = from; i < to; i++) {
		line = src[i]
		if (line ~ /^-- @each /) {
			split(line, f, " ")
			var = f[3]; list = f[4]
			if (!(list in lists))
				fail("unknown list " list " at line " i)
			depth = 1
			for (j = i + 1; j < to; j++) {
				if (src[j] ~ /^-- @each /) depth++
				else if (src[j] ~ /^-- @end/) { depth--; if (depth == 0) break }
			}
			if (depth != 0)
				fail("@each without @end at line " i)
			nitems = split(lists[list], items, " ")
			for (k = 1; k <= nitems; k++) {
				split(items[k], parts, ":")
				expand_with(i + 1, j, var, parts[1], parts[2])
			}
			i = j
		} else if (line ~ /^-- @end/) {
			fail("@end without @each at line " i)
		} else {
			out[nout++] = line
		}
	}
}

# Expand a block body once with VAR bound: substitute, then expand nested
# blocks in the substituted copy.
function expand_with(from, to, var, sqltype, csuffix,    base, i, line) {
	base = nsrc
	gsub(/~/, " ", sqltype)
	gsub(/~/, " ", csuffix)
	for (i = from; i < to; i++) {
		line = src[i]
		gsub("@" var "_C@", csuffix, line)
		gsub("@" var "@", sqltype, line)
		src[nsrc++] = line
	}
	expand(base, nsrc)
}

/^-- @value / {
	values[$3] = $4
	next
}

/^-- @define / {
	name = $3
	$1 = $2 = $3 = ""
	sub(/^ +/, "")
	lists[name] = $0
	next
}

{ src[nsrc++] = $0 }

END {
	ntop = nsrc
	expand(0, ntop)
	for (i = 0; i < nout; i++) {
		for (name in values)
			gsub("@" name "@", values[name], out[i])
		print out[i]
	}
}
