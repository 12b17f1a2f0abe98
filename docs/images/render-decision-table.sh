#!/usr/bin/env bash
# Renders a decision table (CSV) as the picture in docs/decision-tables.md: the cells laid out as a
# spreadsheet shows them (column letters, row numbers, merged "..." cells), screenshotted by headless Chromium.
#
#   docs/images/render-decision-table.sh [TABLE.csv] [OUT.png]
#
# Needs python3 and chromium (Debian: apt-get install chromium).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
table="${1:-$root/examples/vendor-pack-table/northside.csv}"
out="${2:-$root/docs/images/decision-table.png}"
html="$(mktemp --suffix=.html)"
trap 'rm -f "$html"' EXIT

python3 - "$table" > "$html" <<'PY'
import csv, html, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
width = max(len(r) for r in rows)
def letters(n):
    s = ''
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s
header = next(i for i, r in enumerate(rows) if r and r[0].lower().startswith('ruletable'))
print('<html><head><meta charset="utf-8"><style>'
      'body{font:13px "DejaVu Sans",Arial,sans-serif;margin:8px;background:#fff}'
      'table{border-collapse:collapse}td,th{border:1px solid #c8c8c8;padding:3px 6px;vertical-align:top;max-width:150px;overflow-wrap:anywhere}'
      'th{background:#eee;font-weight:normal;color:#555}.k{background:#dbe5f1;font-weight:bold}.c{background:#f2f2f2;'
      'font-family:"DejaVu Sans Mono",monospace;font-size:11px;word-break:break-all}.l{background:#fff2cc;font-weight:bold}'
      '</style></head><body><table><tr><th></th>')
for c in range(1, width + 1):
    print('<th>%s</th>' % letters(c))
print('</tr>')
for i, r in enumerate(rows):
    r = r + [''] * (width - len(r))
    print('<tr><th>%d</th>' % (i + 1))
    c = 0
    while c < width:
        v = r[c]
        span = 1
        if v.endswith('...'):
            while c + span < width and r[c + span] == v:
                span += 1
            v = v[:-3]
        cls = ''
        if i in (header, header + 1, header + 2) or (i < header and c == 0 and v):
            cls = 'k'
        elif i == header + 3:
            cls = 'c'
        elif i == header + 4:
            cls = 'l'
        print('<td colspan="%d" class="%s">%s</td>' % (span, cls, html.escape(v)))
        c += span
    print('</tr>')
print('</table></body></html>')
PY

chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=2560,640 --screenshot="$out" "file://$html" >/dev/null 2>&1
echo "wrote $out"
