#!/bin/sh
# Builds the C# test assemblies in test/programs/dotnet into test/bin/dotnet with Mono's C#
# compiler (Debian: apt-get install mono-mcs). The outputs are committed; rebuild after editing
# a source. Deterministic enough for tests: they assert on names, not on bytes or tokens' layout.
set -eu
cd "$(dirname "$0")/.."
SRC=test/programs/dotnet
OUT=test/bin/dotnet
mkdir -p "$OUT"
command -v mcs >/dev/null || { echo "mcs not found (apt-get install mono-mcs)" >&2; exit 1; }
mcs -nologo -optimize- -out:"$OUT/mailslot.exe" "$SRC/mailslot.cs"
mcs -nologo -optimize- -out:"$OUT/features.exe" "$SRC/features.cs"
# 32BITREQUIRED + PE32 → arch i386; PE32+ (AMD64) → arch amd64
mcs -nologo -optimize- -platform:x86 -out:"$OUT/features.x86.exe" "$SRC/features.cs"
mcs -nologo -optimize- -platform:x64 -out:"$OUT/features.x64.exe" "$SRC/features.cs"
mcs -nologo -optimize+ -target:library -out:"$OUT/features.dll" "$SRC/features.cs"
chmod -x "$OUT"/*.exe "$OUT"/*.dll
ls -l "$OUT"
