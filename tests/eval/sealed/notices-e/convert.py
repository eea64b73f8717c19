#!/usr/bin/env python3
"""Build the library texts of notices-e from the raw source copies.

Mainland texts: raw copies of whthomas/china-laws Markdown files (typed from read_file output and checked
to have exactly read_file's total_chars) in RAW_DIR. Only markup is removed: the YAML front matter, '#'
heading marks, '> ' block-quote marks, '**' bold marks, trailing whitespace; runs of blank lines become one.
Taiwan texts: kong0107/mojLawSplitJSON JSON files read from the local bare mirror with git.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW_DIR = os.environ.get('RAW_DIR', '/tmp/ne_raw')
MOJ = os.environ.get('MOJ_GIT', '/work/.mirror/kong0107+mojLawSplitJSON/repo')

MAINLAND = {  # raw copy -> (output file, expected raw length = read_file total_chars)
    'jiangsu-fin.md': ('jiangsu-local-finance-regulation-2021.txt', 10892),
    'fujian.md': ('fujian-local-finance-supervision-regulation-2022.txt', 6408),
    'shaanxi.md': ('shaanxi-local-finance-regulation-2022.txt', 9926),
    'jiangsu-sme.md': ('jiangsu-sme-promotion-regulation-2021.txt', 11169),
    'hunan.md': ('hunan-sme-promotion-law-implementing-measures-2020.txt', 7588),
    'xiamen.md': ('xiamen-sez-social-credit-regulation-2019.txt', 9427),
    'hainan.md': ('hainan-ftp-social-credit-regulation-2021.txt', 6427),
    'pingtan.md': ('pingtan-comprehensive-experimental-zone-regulation-2016.txt', 8320),
}
TAIWAN = {
    'FalVMingLing/G0380269.json': 'taiwan-migrant-worker-small-remittance-regulations-2021.txt',
    'FalVMingLing/J0080035.json': 'taiwan-consumer-financial-leasing-advertising-apr-standard-2005.txt',
}


def squeeze(lines):
    out, blank = [], False
    for ln in lines:
        ln = ln.rstrip()
        if not ln:
            if out and not blank:
                out.append('')
            blank = True
            continue
        out.append(ln)
        blank = False
    while out and not out[-1]:
        out.pop()
    return '\n'.join(out) + '\n'


def mainland(raw):
    assert raw.startswith('---\n')
    body = raw.split('\n---\n', 1)[1]
    lines = []
    for ln in body.split('\n'):
        ln = re.sub(r'^#{1,6} ?', '', ln)          # heading marks
        ln = re.sub(r'^> ?', '', ln)               # block quotes
        ln = re.sub(r'^\*\*(.*)\*\*$', r'\1', ln)  # bold line
        lines.append(ln)
    return squeeze(lines)


def taiwan(d):
    out = [d['法規名稱'], '', '法規類別：' + d['法規類別'], '最新異動日期：' + d['最新異動日期'], '沿革：']
    out += d['沿革內容'].replace('\r\n', '\n').split('\n')
    for a in d['法規內容']:
        out.append('')
        if '編章節' in a:
            out.append(a['編章節'])
        else:
            out.append(a['條號'])
            out += a['條文內容'].replace('\r\n', '\n').split('\n')
    return squeeze(out)


def main():
    for src, (dst, n) in MAINLAND.items():
        raw = open(os.path.join(RAW_DIR, src), encoding='utf-8').read()
        if len(raw) != n:
            sys.exit(f'{src}: {len(raw)} chars, expected {n}')
        txt = mainland(raw)
        # nothing but markup and whitespace removed
        strip = lambda s: re.sub(r'[\s#>*]', '', s)
        assert strip(txt) == strip(raw.split('\n---\n', 1)[1]), src
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(dst, len(txt))
    for path, dst in TAIWAN.items():
        d = json.loads(subprocess.check_output(['git', '-C', MOJ, 'show', 'HEAD:' + path]))
        txt = taiwan(d)
        open(os.path.join(HERE, dst), 'w', encoding='utf-8').write(txt)
        print(dst, len(txt))


if __name__ == '__main__':
    main()
