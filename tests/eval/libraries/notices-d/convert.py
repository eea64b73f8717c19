# Conversion used to build the .txt files of notices-d (kept for the record).
# /tmp/nd_raw/*.md were hand-typed copies of the read_file text of whthomas/china-laws
# (each checked to have exactly read_file's total_chars); they are not kept here.
# The Taiwan texts are read from a local snapshot of kong0107/mojLawSplitJSON.
import re, glob, os, json, subprocess
OUT='/work/main/tests/eval/libraries/notices-d'
def conv_md(src):
    t=open(src,encoding='utf-8').read()
    assert t.startswith('---\n')
    end=t.index('\n---\n',4)
    meta=t[4:end]
    body=t[end+5:]
    body=re.sub(r'\[([^\[\]]*?)\]\{\.mark\}', r'\1', body, flags=re.S)
    assert '{.mark}' not in body
    lines=[]
    for ln in body.split('\n'):
        if ln.startswith('# '): ln=ln[2:]
        elif ln.startswith('## ') or ln=='##': ln=ln[3:]
        elif ln.startswith('> '): ln=ln[2:]
        if ln.endswith('\\'): ln=ln[:-1]
        ln=ln.rstrip()
        lines.append(ln)
    # collapse blank runs, strip leading/trailing blanks
    out=[]
    for ln in lines:
        if ln=='' and (not out or out[-1]==''): continue
        out.append(ln)
    while out and out[-1]=='': out.pop()
    return meta,'\n'.join(out)+'\n'
for src in sorted(glob.glob('/tmp/nd_raw/*.md')):
    name=os.path.basename(src)[:-3]
    meta,txt=conv_md(src)
    open(f'{OUT}/{name}.txt','w',encoding='utf-8').write(txt)
    print(name, len(txt), txt.split('\n')[0])

# Taiwan
REPO='/work/.mirror/kong0107+mojLawSplitJSON/repo'
def conv_tw(pcode,name):
    raw=subprocess.run(['git','-C',REPO,'show',f'HEAD:FalVMingLing/{pcode}.json'],capture_output=True,check=True).stdout.decode('utf-8')
    d=json.loads(raw)
    L=[d['法規名稱'],'','法規類別：'+d['法規類別'],'最新異動日期：'+d['最新異動日期'],'沿革：',d['沿革內容'].replace('\r\n','\n'),'']
    for a in d['法規內容']:
        if '編章節' in a:
            L+=[a['編章節'],'']
        else:
            L+=[a['條號'],a['條文內容'].replace('\r\n','\n'),'']
    txt='\n'.join(x.rstrip() if '\n' not in x else '\n'.join(y.rstrip() for y in x.split('\n')) for x in L).rstrip('\n')+'\n'
    open(f'{OUT}/{name}.txt','w',encoding='utf-8').write(txt)
    print(name,len(txt),txt.split('\n')[0])
conv_tw('J0140001','taiwan-sme-development-act-2024')
conv_tw('D0080075','taiwan-pawnshop-act-2020')
