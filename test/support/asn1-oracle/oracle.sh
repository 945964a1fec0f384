#!/bin/sh
# oracle.sh - H.225.0 / H.245 / H.235 / H.460.18 / H.460.19 ASN.1 PER (aligned) oracle
#
#   oracle.sh decode [--json] TYPE HEX   print the decoded value (Erlang term, or a JSON view)
#   oracle.sh encode TYPE TERM           encode an Erlang term (as printed by decode) to hex;
#                                        TERM "-" reads it from stdin
#   oracle.sh roundtrip TYPE HEX         decode + re-encode: prints "same" or both hex strings
#   oracle.sh types [MODULE]             list the type names (MODULE:Type)
#   oracle.sh serve                      line protocol on stdin/stdout, one process for many
#                                        requests: "decode|decode-json|encode|roundtrip TYPE ARG"
#                                        -> "ok RESULT" or "error MESSAGE", one line each
#   oracle.sh compile                    (re)compile the modules now and print the time taken
#
# TYPE: RasMessage, H323-UserInformation, MultimediaSystemControlMessage, ... or MODULE:Type.
# Exit status: 0 ok, 1 decode/encode error (message on stderr), 2 usage.
# Needs Debian's erlang-base and erlang-asn1 (installed with apt-get when missing and root).
# The compiled modules are cached in ${VDM_PEERS_CACHE:-$HOME/.cache/vdm-peers}/h323-asn1-<hash>.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
# the ASN.1 modules: ASN1_MODULES, else the repository's src/protocol/asn1/modules
ASN1_MODULES=${ASN1_MODULES:-$(cd "$HERE/../../../src/protocol/asn1/modules" && pwd)}
export ASN1_MODULES

need_erlang() {
  if ! command -v escript >/dev/null 2>&1 || [ ! -d /usr/lib/erlang/lib ] \
     || ! ls -d /usr/lib/erlang/lib/asn1-* >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      echo "oracle.sh: installing erlang-base erlang-asn1" >&2
      apt-get update -q >/dev/null && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends erlang-base erlang-asn1 >/dev/null \
        || { echo "oracle.sh: apt-get install erlang-base erlang-asn1 failed" >&2; exit 1; }
    else
      echo "oracle.sh: needs Erlang asn1: sudo apt-get install erlang-base erlang-asn1" >&2; exit 1
    fi
  fi
}

# the cache key covers the ASN.1 sources and the compile options (bump COMPILE_REV with them)
COMPILE_REV=per-maps-1
HASH=$( (cat "$ASN1_MODULES"/*.asn; echo "$COMPILE_REV") | sha256sum | cut -c1-12)
ORACLE_OUT="${VDM_PEERS_CACHE:-$HOME/.cache/vdm-peers}/h323-asn1-$HASH"
export ORACLE_OUT

if [ "${1:-}" = compile ] || [ ! -f "$ORACLE_OUT/.compiled" ]; then
  need_erlang
  rm -rf "$ORACLE_OUT.tmp"
  mkdir -p "$ORACLE_OUT.tmp"
  if ! ORACLE_OUT="$ORACLE_OUT.tmp" escript "$HERE/oracle.escript" compile > "$ORACLE_OUT.tmp/compile.log" 2>&1; then
    cat "$ORACLE_OUT.tmp/compile.log" >&2
    echo "oracle.sh: compiling the ASN.1 modules failed" >&2
    exit 1
  fi
  touch "$ORACLE_OUT.tmp/.compiled"
  rm -rf "$ORACLE_OUT"
  mv "$ORACLE_OUT.tmp" "$ORACLE_OUT"
  if [ "${1:-}" = compile ]; then tail -n 1 "$ORACLE_OUT/compile.log"; exit 0; fi
fi
exec escript "$HERE/oracle.escript" "$@"
