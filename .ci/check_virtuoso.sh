#!/usr/bin/env bash
# Publishes data/ to a throwaway Virtuoso (Debian's virtuoso-opensource, installed when missing)
# with `newsgraph publish` (Graph Store Protocol PUT, digest authentication), checks that a second
# publish sends nothing, and compares three catalogue queries asked of Virtuoso's /sparql with
# the answers of our own store. Virtuoso runs on 127.0.0.1 with its database in a temporary
# folder (.ci/virtuoso/virtuoso.ini) and is stopped by its process id.
# Prints one "ok"/"FAIL" line per check and a closing "virtuoso: N passed, M failed".
set -uo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
    if [[ "$2" == "$3" ]]; then
        echo "ok    virtuoso: $1"; passed=$((passed + 1))
    else
        printf 'FAIL  virtuoso: %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"; failed=$((failed + 1))
    fi
}

if ! command -v virtuoso-t >/dev/null 2>&1; then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends virtuoso-opensource >/dev/null
fi

mkdir -p out/ci
work=$(mktemp -d "$PWD/out/ci/virtuoso.XXXXXX")
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sqlport=$(free_port)
httpport=$(free_port)
sed -e "s|@DIR@|$work|g" -e "s|@SQLPORT@|$sqlport|g" -e "s|@HTTPPORT@|$httpport|g" \
    .ci/virtuoso/virtuoso.ini > "$work/virtuoso.ini"
(cd "$work" && exec virtuoso-t +configfile "$work/virtuoso.ini" +foreground) >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; [[ $failed -eq 0 ]] && rm -rf "$work"' EXIT
base="http://127.0.0.1:$httpport"
up=false
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$base/sparql?query=ASK%7B%7D" 2>/dev/null && { up=true; break; }
    kill -0 "$server" 2>/dev/null || break
    sleep 1
done
check "Virtuoso $(virtuoso-t +version 2>&1 | sed -n 's/.*Version \([0-9.]*\).*/\1/p' | head -1) up on 127.0.0.1:$httpport" true "$up"
if [[ $up != true ]]; then
    tail -20 "$work/server.log"
    echo "virtuoso: $passed passed, $((failed)) failed"
    exit 1
fi

# A fresh database's dba password is "dba"; /sparql-graph-crud-auth asks for it by digest.
printf 'dba\n' > "$work/password"
publish() {
    ./newsgraph publish --endpoint "$base/sparql" --graph-store "$base/sparql-graph-crud-auth" \
        --user dba --password-file "$work/password" --record "$work/record.json" 2>"$work/publish.log"
}
first=$(publish); echo "$first"
check "publish sends every graph, none fails" "failed 0" "$(grep -o 'failed [0-9]*' <<<"$first")"
second=$(publish); echo "$second"
check "a second publish sends nothing" "sent 0" "$(grep -o 'sent [0-9]*' <<<"$second")"

# Three catalogue queries, asked of Virtuoso and of our own store, compared row by row (TSV).
for q in 01-meetings 05-denials 12-wikidata-links; do
    ours=$(./newsgraph query "$q" --store "$work/tdb2" -f tsv 2>/dev/null)
    theirs=$(./newsgraph query "$q" --endpoint "$base/sparql" -f tsv --timeout 60s 2>&1)
    check "$q: Virtuoso's answer is ours ($(($(wc -l <<<"$ours") - 1)) rows)" "$ours" "$theirs"
done

echo "virtuoso: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
