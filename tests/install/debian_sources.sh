#!/usr/bin/env bash
# Prints this machine's Debian bookworm apt sources as mmdebstrap mirror arguments, one
# "deb URI SUITE COMPONENTS" a line (the main archive, its updates and security), so that the
# clean root installs from the mirror this machine uses. Other repositories (vendors' own) are
# left out: a clean Debian 12 has only Debian's. Fails when there is none.
set -euo pipefail
files=()
[ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
done
[ ${#files[@]} -gt 0 ] || exit 1
awk '
    function flush() {
        if (types ~ /(^| )deb( |$)/ && uris != "" && suites != "")
            emit(uris, suites, comps)
        types = uris = suites = comps = ""
    }
    function emit(u, s, c,    nu, ns, au, as, i, j) {
        nu = split(u, au, " "); ns = split(s, as, " ")
        for (i = 1; i <= nu; i++)
            for (j = 1; j <= ns; j++)
                if (au[i] ~ /\/debian(-security)?\/?$/ && as[j] ~ /^bookworm(-updates|-security)?$/)
                    print "deb " au[i] " " as[j] " " (c == "" ? "main" : c)
    }
    FNR == 1 { flush() }
    FILENAME ~ /\.sources$/ {
        if ($0 ~ /^[ \t]*$/) { flush(); next }
        if ($1 == "Types:") { types = substr($0, index($0, $2)) }
        else if ($1 == "URIs:") { uris = substr($0, index($0, $2)) }
        else if ($1 == "Suites:") { suites = substr($0, index($0, $2)) }
        else if ($1 == "Components:") { comps = substr($0, index($0, $2)) }
        next
    }
    $1 == "deb" {
        i = 2
        if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
        c = ""; for (k = i + 2; k <= NF; k++) c = c (c == "" ? "" : " ") $k
        emit($i, $(i + 1), c)
    }
    END { flush() }
' "${files[@]}" | awk '!seen[$0]++' | grep . || exit 1
