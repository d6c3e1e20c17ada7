#!/bin/sh
# Builds the rule-pack test programs (test/programs/*.c) for x86 and x64 at -O0 and -O2 into
# test/bin/<program>.<arch>.<opt>.exe, then records md5 + function addresses in
# test/bin/manifest.json and regenerates test/rule-pack/<rule>.json expectations and the
# docs/rules/<rule>.md pages.
#
# Symbols: each program is compiled once and linked twice: with its COFF symbol table (kept in a
# temporary folder, read with nm to find function addresses) and stripped (-s) for test/bin.
# Stripping drops only the symbol table and the .debug_* sections of the mingw CRT objects;
# loaded sections, their addresses and the code bytes are unchanged (checked below). Stripped
# binaries are small and make the analyser find functions as it must on real malware.
#
# Determinism: no timestamp in the PE header (--no-insert-timestamp), no .ident/.note strings
# that carry paths, fixed flags; rebuilding with the same mingw-w64 gives byte-identical files.
# The programs are Windows executables: they are never run here.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SRC="$ROOT/test/programs"
OUT="$ROOT/test/bin"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# -fno-optimize-sibling-calls: at -O2 gcc turns a final API call into `jmp [IAT]`; vivisect may
# then treat a short function as an import thunk and extract no api from it, which would make the
# expected matches depend on that heuristic rather than on the rule.
CFLAGS="-std=c11 -Wall -Wextra -Werror -fno-ident -fno-asynchronous-unwind-tables -fno-optimize-sibling-calls -mconsole"
LDFLAGS="-Wl,--no-insert-timestamp -Wl,--build-id=none"
LIBS="-lntdll -luser32 -lkernel32"

mkdir -p "$OUT"
rm -f "$OUT"/*.exe
for c in "$SRC"/*.c; do
  prog=$(basename "$c" .c)
  for arch in x86 x64; do
    case $arch in
      x86) cc=i686-w64-mingw32-gcc; tp=i686-w64-mingw32 ;;
      x64) cc=x86_64-w64-mingw32-gcc; tp=x86_64-w64-mingw32 ;;
    esac
    for opt in O0 O2; do
      name="$prog.$arch.$opt"
      $cc $CFLAGS -$opt -I"$SRC" -c -o "$TMP/$name.o" "$c"
      $cc -o "$TMP/$name.exe" "$TMP/$name.o" $LDFLAGS $LIBS
      # stripped at link time: `strip` would stamp the current time into the PE header
      $cc -s -o "$OUT/$name.exe" "$TMP/$name.o" $LDFLAGS $LIBS
      chmod 644 "$OUT/$name.exe"
      # stripping drops the CRT's .debug_* sections and the symbol table but must not move code:
      # same loaded sections (name, size, VMA; without the symbol string table long section names
      # are cut to 8 characters) and identical .text bytes
      $tp-objdump -h "$TMP/$name.exe" | awk '/^ +[0-9]+ / && $2 !~ /^.debug/ {print substr($2, 1, 8), $3, $4}' >"$TMP/a.h"
      $tp-objdump -h "$OUT/$name.exe" | awk '/^ +[0-9]+ / {print substr($2, 1, 8), $3, $4}' >"$TMP/b.h"
      $tp-objcopy -O binary -j .text "$TMP/$name.exe" "$TMP/a.text"
      $tp-objcopy -O binary -j .text "$OUT/$name.exe" "$TMP/b.text"
      if ! cmp -s "$TMP/a.h" "$TMP/b.h" || ! cmp -s "$TMP/a.text" "$TMP/b.text"; then
        echo "strip moved code of $name" >&2
        exit 1
      fi
      # function symbols: "<addr> <name>" for text symbols (leading _ of x86 names removed)
      $tp-nm --defined-only "$TMP/$name.exe" | awk '$2 ~ /^[Tt]$/ {n=$3; sub(/^_/, "", n); print $1, n}' \
        >"$TMP/$name.syms"
    done
  done
done
node "$ROOT/scripts/rule-pack-expectations.mjs" "$ROOT" "$TMP"
node "$ROOT/scripts/rule-pack-docs.mjs" "$ROOT"
