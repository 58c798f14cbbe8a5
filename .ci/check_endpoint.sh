#!/usr/bin/env bash
# Starts `newsgraph serve` on a loopback port, asks it questions with roqet (Rasqal's SPARQL
# client: not Jena), checks that writes are refused, and stops the server.
# Prints one "ok"/"FAIL" line per check and a closing "endpoint: N passed, M failed".
set -uo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
port=${PORT:-39030}
store=out/ci/tdb2
log=out/ci/serve.log
mkdir -p out/ci
passed=0
failed=0
check() {  # check NAME EXPECTED ACTUAL
    if [[ "$2" == "$3" ]]; then
        echo "ok    endpoint: $1"; passed=$((passed + 1))
    else
        printf 'FAIL  endpoint: %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"; failed=$((failed + 1))
    fi
}

./newsgraph serve --port "$port" --host 127.0.0.1 --store "$store" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT
endpoint="http://127.0.0.1:$port/newsgraph/sparql"
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; echo "endpoint: 0 passed, 1 failed"; exit 1; }
    sleep 1
done

prefixes='PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX evtype: <https://w3id.org/newsgraph/ontology/event-type/>'
roqet_csv() { roqet -q -p "$endpoint" -r csv -e "$prefixes $1" 2>&1 | tail -n +2 | tr -d '\r' | paste -sd '|'; }

# The seed article's own graph: these answers hold whatever else data/ holds.
seed='<https://w3id.org/newsgraph/id/graph/article/cnn-2019-09-09-russia-extraction>'
check "who attended the May 2017 Oval Office meeting (roqet)" "Donald Trump|Sergey Kislyak|Sergey Lavrov" "$(roqet_csv "
  SELECT DISTINCT ?name WHERE { GRAPH $seed { ?m sem:eventType evtype:meeting ; sem:hasPlace ?place ;
    sem:hasEarliestBeginTimeStamp \"2017-05-01\"^^xsd:date ; sem:hasActor ?actor }
    ?place schema:name \"Oval Office\" . ?actor schema:name ?name } ORDER BY ?name")"
check "Kislyak was then-ambassador: not held at publication (roqet)" "false" "$(roqet_csv "
  SELECT ?now WHERE { GRAPH $seed { ?m org:member ?k ; ng:heldAtPublication ?now } ?k schema:name \"Sergey Kislyak\" }")"
check "who denied something in the seed article (roqet)" "Brittany Bramell|Stephanie Grisham" "$(roqet_csv "
  SELECT DISTINCT ?who WHERE { GRAPH $seed { ?s a ng:Denial ; ng:speaker ?p } ?p schema:name ?who } ORDER BY ?who")"
check "named graphs reachable with GRAPH (roqet)" "true" "$(roqet_csv '
  SELECT (COUNT(DISTINCT ?g) > 1 AS ?many) WHERE { GRAPH ?g { ?s ?p ?o } }')"

status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
check "SPARQL update refused" "4" "$(status -X POST --data-urlencode 'update=INSERT DATA { <urn:a> <urn:b> <urn:c> }' "http://127.0.0.1:$port/newsgraph/update" | cut -c1)"
check "update sent to the query endpoint refused" "4" "$(status -X POST -H 'Content-Type: application/sparql-update' --data 'INSERT DATA { <urn:a> <urn:b> <urn:c> }' "$endpoint" | cut -c1)"
check "graph store write refused" "4" "$(status -X PUT -H 'Content-Type: text/turtle' --data '<urn:a> <urn:b> <urn:c> .' "http://127.0.0.1:$port/newsgraph/get?default" | cut -c1)"

# Dereferencing: the IRI of a person answers Turtle to curl, read by rapper (not Jena); the
# ontology answers Turtle at its namespace; a browser gets a page.
root="http://127.0.0.1:$port"
check "a minted IRI gives its RDF to curl -H 'Accept: text/turtle' (read by rapper)" "1" "$(curl -fsS -H 'Accept: text/turtle' "$root/id/entity/corpus/kislyak" \
    | rapper -q -i turtle -o ntriples - "$root/" 2>/dev/null | grep -c '^<https://w3id.org/newsgraph/id/entity/corpus/kislyak> <https://schema.org/name> "Sergey Kislyak" \.$')"
check "the ontology gives its Turtle at its namespace (read by rapper)" "1" "$(curl -fsS -H 'Accept: text/turtle' "$root/ontology" \
    | rapper -q -i turtle -o ntriples - "$root/" 2>/dev/null | grep -c '^<https://w3id.org/newsgraph/ontology> <http://www.w3.org/2002/07/owl#versionIRI> ')"
check "a browser gets the person's page" "200 text/html" "$(curl -s -o /dev/null -w '%{http_code} %{content_type}' -H 'Accept: text/html' "$root/id/entity/corpus/kislyak" | cut -d';' -f1)"
# The dataset description and the service description, read by rapper and rdflib (not Jena).
rapper_count() {  # rapper_count SYNTAX URL ACCEPT: triples rapper reads, or 0
    curl -fsS -H "Accept: $3" "$2" -o out/ci/answer.rdf 2>/dev/null || { echo 0; return; }
    rapper -i "$1" -c out/ci/answer.rdf "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p'
}
void="http://127.0.0.1:$port/.well-known/void"
for pair in "turtle text/turtle" "ntriples application/n-triples" "rdfxml application/rdf+xml"; do
    set -- $pair
    n=$(rapper_count "$1" "$void" "$2")
    check "dataset description as $2 read by rapper" "yes" "$([[ ${n:-0} -gt 0 ]] && echo yes || echo "no ($n)")"
    n=$(rapper_count "$1" "$endpoint" "$2")
    check "service description as $2 read by rapper" "yes" "$([[ ${n:-0} -gt 0 ]] && echo yes || echo "no ($n)")"
done
check "dataset description as JSON-LD read by rdflib, with its SPARQL endpoint" "$endpoint" "$(curl -fsS -H 'Accept: application/ld+json' "$void" |
    /usr/bin/python3 -c 'import sys, rdflib
g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format="json-ld")
print(*sorted(str(o) for o in g.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#sparqlEndpoint"))))')"
check "service description names the endpoint (rdflib, Turtle)" "$endpoint" "$(curl -fsS "$endpoint" |
    /usr/bin/python3 -c 'import sys, rdflib
g = rdflib.Graph(); g.parse(data=sys.stdin.read(), format="turtle")
print(*sorted(str(o) for o in g.objects(None, rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#endpoint"))))')"

echo "endpoint: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
