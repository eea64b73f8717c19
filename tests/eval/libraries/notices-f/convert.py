import re, sys, os
OUT = '/work/main/tests/eval/libraries/notices-f'
M = {
 'dalian': 'dalian-regional-financial-centre-promotion-regulation-2015.txt',
 'jilin': 'jilin-local-finance-supervision-regulation-2021.txt',
 'guangxi': 'guangxi-local-finance-supervision-regulation-2020.txt',
 'anhui': 'anhui-local-finance-regulation-2022.txt',
 'neimenggu': 'inner-mongolia-local-finance-supervision-regulation-2020.txt',
 'heilongjiang': 'heilongjiang-sme-promotion-regulation-2022.txt',
 'ningxia': 'ningxia-sme-promotion-regulation-2011.txt',
 'guangxi-ftz': 'guangxi-ftz-regulation-2020.txt',
}
for k, fn in M.items():
    raw = open(f'raw/{k}.md', encoding='utf-8').read()
    assert raw.startswith('---\n')
    end = raw.index('\n---\n', 4)
    body = raw[end+5:]
    lines = body.split('\n')
    # drop the markdown H1 heading (the body repeats the title on its own line)
    i = next(j for j, l in enumerate(lines) if l.startswith('# '))
    title = lines[i][2:]
    del lines[i]
    out = []
    for l in lines:
        l = re.sub(r'^> ', '', l)            # blockquote marker
        l = re.sub(r'^\d+\.\s+(?=\S)', '', l)  # ordered-list marker (e.g. "1.  总则")
        out.append(l)
    text = '\n'.join(out).lstrip('\n')
    assert text.split('\n')[0].strip() == title, (k, text[:40])
    open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(text)
    print(fn, len(raw), len(text), title)
