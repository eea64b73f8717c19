#!/bin/sh
# Regenerates tests/fixtures/formats/: each corpus document as PDF, DOCX and HTML written by
# LibreOffice. Needs `apt-get install --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk`.
set -eu
cd "$(dirname "$0")/.."
out=tests/fixtures/formats
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
node scripts/make-format-fixtures.mjs "$work" corpus/*.txt
for f in "$work"/*.fodt; do
  soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$f" >/dev/null
  soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$out" "$f" >/dev/null
  soffice --headless --convert-to html:HTML --outdir "$out" "$f" >/dev/null
done
# The hand-made fixtures (numbering, scan, corrupt, page chrome) are built by the same script.
node scripts/make-edge-fixtures.mjs "$out"
ls -l "$out"
