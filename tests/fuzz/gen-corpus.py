#!/usr/bin/env python3
"""Regenerate the seed corpora under tests/fuzz/corpus/<target>/.

Seeds are small real samples (slices of the Enab Baladi seed report, lines
of the dev set, FA-KES English reports, the shipped lexicons) and malformed
variants of them: invalid UTF-8, truncated JSON, deep nesting, NUL bytes,
very long tokens.  Usage: gen-corpus.py [SHARED_DIR] (default ../shared
beside the repository).  The fz-* files beside the seeds are inputs that
libFuzzer found to reach new code (kept after `fuzz_<target> -merge=1`,
smallest first); this script leaves them alone.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, '..', 'shared')
CORPUS = os.path.join(HERE, 'corpus')


def put(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)


def utf8_cut(b, n):
    """First n bytes of b, backed off to a character boundary."""
    b = b[:n]
    while b and (b[-1] & 0xC0) == 0x80:
        b = b[:-1]
    if b and b[-1] >= 0xC0:
        b = b[:-1]
    return b


seed = open(os.path.join(SHARED, 'seed', 'enab-baladi-2022-10-17.txt'), 'rb').read()
dev = open(os.path.join(SHARED, 'data', 'dev', 'articles.jsonl'), 'rb').read().splitlines()
fakes = []
with open(os.path.join(SHARED, 'data', 'fa-kes', 'FA-KES-Dataset.csv'), encoding='utf-8', errors='replace') as f:
    for i, row in enumerate(csv.DictReader(f)):
        if i >= 3:
            break
        fakes.append(row['article_content'])

seed_paras = [p for p in seed.split(b'\n') if p.strip()]
ar_slice = utf8_cut(b'\n'.join(seed_paras[:4]), 1500)
en_slice = fakes[0][:1200].encode('utf-8')
mixed = b'Reuters: ' + utf8_cut(seed_paras[1], 400) + b' (AFP) 20 killed on 14 Oct 2022.'

# Malformed variants shared by the text targets.
bad_utf8 = [
    ('invalid-ff', ar_slice[:200] + b'\xff' + ar_slice[200:400]),
    ('overlong', b'killed \xc0\xaf 12 \xe0\x80\xaf people'),
    ('surrogate', b'\xed\xa0\x80\xed\xbf\xbf 3 dead'),
    ('above-max', b'\xf4\x90\x80\x80 \xf5\x80\x80\x80'),
    ('truncated-seq', utf8_cut(ar_slice, 101) + b'\xd9'),
    ('lone-continuation', b'\x80\x80\xbf abc \x9f'),
]
nuls = seed_paras[0] + b'\x00' + seed_paras[1][:200] + b'\x00\x00'
long_token = b'a' * 5000 + b' ' + '٣'.encode() * 2000 + b' ' + b'1' * 3000
long_number = b'killed ' + b'9' * 400 + b' civilians, ' + b'1,' * 300 + b'000'
many_spaces = b' \t\n' * 2000 + b'.'
dates_heavy = ('On 14 October 2022, on Friday, last week, ٢٠٢٢/١٠/١٧, 31/02/2022, '
               'أمس الجمعة 13 تشرين الأول 2022، منذ 3 أيام، في 29 شباط').encode()
numbers_heavy = ('at least 20, about 10-15, between 3 and 5, dozens, عشرات القتلى، '
                 'نحو 1.5 مليون، 18 عسكريًا و27 جريحًا، 2 million, 1e9, -5').encode()

# ---- extract: control byte + text ---------------------------------------
ex = {
    'ar-seed': bytes([0x01 | 0x04]) + ar_slice,
    'ar-seed-mentions': bytes([0x01 | 0x04 | 0x10]) + ar_slice,
    'en-fakes': bytes([0x02 | 0x04]) + en_slice,
    'en-fakes-nolang': bytes([0x00]) + en_slice,
    'mixed': bytes([0x10]) + mixed,
    'leapday': bytes([0x08 | 0x10]) + dates_heavy,
    'baddate': bytes([0x0c]) + numbers_heavy,
    'numbers': bytes([0x02 | 0x10]) + numbers_heavy,
    'dates': bytes([0x03 | 0x04 | 0x10]) + dates_heavy,
    'nuls': bytes([0x01]) + nuls,
    'long-token': bytes([0x02 | 0x10]) + long_token,
    'long-number': bytes([0x02 | 0x10]) + long_number,
    'spaces': bytes([0x00]) + many_spaces,
    'empty': bytes([0x00]),
    'one-char': bytes([0x01]) + 'ق'.encode(),
}
for name, b in bad_utf8:
    ex[name] = bytes([0x01]) + b
    ex[name + '-repair'] = bytes([0x01 | 0x20 | 0x10]) + b
for i, line in enumerate(dev[:6]):
    try:
        t = json.loads(line)['text'].encode('utf-8')
    except Exception:
        continue
    ex['dev-%d' % i] = bytes([0x04 | 0x10]) + utf8_cut(t, 2000)
for name, b in ex.items():
    put('extract', name, b)

# ---- jsonl: control byte (format, small limits) + file ------------------
def ctl(fmt, small=False, extra=0):
    return bytes([fmt | (4 if small else 0) | (extra << 3)])

good = [utf8_cut(line, 3000) if len(line) <= 3000 else json.dumps(
    {k: (v[:500] if isinstance(v, str) else v) for k, v in json.loads(line).items()},
    ensure_ascii=False).encode() for line in dev[:3]]
jl = {
    'dev-lines': ctl(0) + b'\n'.join(good) + b'\n',
    'dev-lines-small': ctl(0, True, 5) + b'\n'.join(good) + b'\n',
    'dev-crlf': ctl(0) + b'\r\n'.join(good) + b'\r\n',
    'bad-among-good': ctl(0) + good[0] + b'\nnot json\n' + good[1] + b'\n{"id":"x"}\n[1,2]\n"str"\n',
    'truncated': ctl(0) + good[0][: len(good[0]) // 2],
    'truncated-escape': ctl(0) + b'{"id":"a","text":"abc\\u06',
    'deep-nesting': ctl(0) + b'{"id":"d","text":"x","meta":' + b'[' * 5000 + b']' * 5000 + b'}\n',
    'deep-unclosed': ctl(0) + b'{"a":' * 3000 + b'\n{"text":"ok"}\n',
    'nul-in-line': ctl(0) + b'{"id":"n","text":"a\x00b"}\n{"text":"c\\u0000d"}\n',
    'invalid-utf8': ctl(0) + b'{"id":"u","text":"\xff\xfe killed 3"}\n',
    'types': ctl(0) + b'{"id":5,"text":7,"published":null,"lang":["ar"],"title":{}}\n{"text":true}\n',
    'dup-keys': ctl(0) + b'{"text":"a","text":"b","id":"1","id":"2"}\n',
    'long-line-small-limit': ctl(0, True, 0) + b'{"text":"' + b'x' * 300 + b'"}\n{"text":"short"}\n',
    'blank-lines': ctl(0) + b'\n\n   \n{"text":"x"}\n\n',
    'no-newline-end': ctl(0) + b'{"text":"last"}',
    'empty': ctl(0),
    'text-format': ctl(1) + ar_slice,
    'text-binary': ctl(1) + b'\x7fELF\x02\x01\x01\x00' + bytes(range(256)),
    'auto-jsonl': ctl(2) + good[0] + b'\n',
    'auto-text': ctl(2) + en_slice,
    'published-formats': ctl(0) + b'{"text":"a","published":"2022-10-17T10:00:00Z"}\n'
                         b'{"text":"b","published":"17/10/2022"}\n{"text":"c","published":""}\n',
}
for name, b in jl.items():
    put('jsonl', name, b)

# ---- utf8: raw bytes ------------------------------------------------------
u = {
    'ar-seed': ar_slice,
    'en': en_slice,
    'mixed': mixed,
    'nuls': nuls,
    'long-token': long_token[:3000],
    'empty': b'',
    'diacritics': 'قُتِلَ ٢٠ عُنْصُرًا فـــي جاسم، «الدولة» — ‏‎\u200c\u200d\ufeff'.encode(),
    'latin-folds': 'Ḩamāh, Idlib, Dayr az-Zawr, Ma‘arrat al-Nu‘mān, é ü ß ﬁ'.encode(),
    'digits': '١٢٣٬٤٥٦٫٧ ۱۲۳ 12,345.6'.encode(),
    'quotes-dashes': '“x” ‘y’ „z“ «w» – — ‒ ―'.encode(),
    'all-bytes': bytes(range(256)),
}
for name, b in bad_utf8:
    u[name] = b
for name, b in u.items():
    put('utf8', name, b)

# ---- lexicon: control byte (bit 7: bare TSV; bits 0-3: file) + TSV --------
DATA = os.path.join(REPO, 'data')
lexfiles = ['places.tsv', 'actors.tsv', 'sources.tsv', 'triggers.tsv', 'casualty.tsv',
            'speech.tsv', 'negation.tsv', 'groups.tsv', 'places-extra.tsv',
            'places-geonames.tsv', 'places-fuzz.tsv', 'cues.tsv']
for i, name in enumerate(lexfiles):
    p = os.path.join(DATA, name)
    if not os.path.exists(p):
        continue
    lines = open(p, 'rb').read().splitlines(keepends=True)
    head = [l for l in lines if l.startswith(b'#')][:2]
    body = [l for l in lines if not l.startswith(b'#')][:8]
    sample = b''.join(head + body)
    stem = name[:-4]
    put('lexicon', stem, bytes([i]) + sample)
    put('lexicon', stem + '-truncated', bytes([i]) + sample[: len(sample) * 2 // 3])
    if len(body) > 2:
        bad = body[0] + body[1].replace(b'\t', b'', 1) + body[2]
        put('lexicon', stem + '-short-row', bytes([i]) + b''.join(head) + bad)
        put('lexicon', stem + '-bad-utf8', bytes([i]) + body[0] + body[1][:5] + b'\xff' + body[1][5:])
        put('lexicon', stem + '-tsv', bytes([0x80]) + body[0] + body[1])
put('lexicon', 'extra-places-unknown-ref', bytes([10]) + b'id\tkind\tname_en\tname_ar\tadmin1\tadmin2\tlat\tlon\tpopulation\n'
    b'XX1\ttown\tNowhere\t\xd9\x84\xd8\xa7\tSY99\t\tabc\t1e400\t-5\n')
put('lexicon', 'tsv-header-only', bytes([0x80]) + b'id\tname_en\tlat\n')
put('lexicon', 'tsv-no-header', bytes([0x80]))
put('lexicon', 'tsv-many-cols', bytes([0x80]) + b'\t'.join(b'c%d' % i for i in range(60)) + b'\n')
put('lexicon', 'tsv-numbers', bytes([0x80]) + b'id\tlat\tpopulation\n'
    b'a\t1e308\t99999999999999999999\nb\tnan\t-\nc\t0x10\t12abc\nd\t\t\n# c\n')
put('lexicon', 'tsv-nul', bytes([0x80]) + b'id\tname_en\na\x00b\tx\n')
put('lexicon', 'tsv-alternatives', bytes([0x80]) + b'id\tname_en\tname_ar\n'
    b'x\t|||a||b|\t\xd8\xa7|\n')

# ---- html: a web page -------------------------------------------------------
def page(title, paras, lang='ar', extra_head='', extra_body=''):
    body = ''.join('<p>%s</p>\n' % p for p in paras)
    return ('<!DOCTYPE html>\n<html lang="%s" dir="rtl"><head><meta charset="utf-8">'
            '<title>%s</title><meta property="og:title" content="%s">'
            '<meta property="og:site_name" content="Enab Baladi">'
            '<meta property="article:published_time" content="2022-10-17T10:20:00+03:00">'
            '<link rel="canonical" href="https://www.enabbaladi.net/archives/612345">%s</head>\n'
            '<body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav>\n'
            '<article><h1>%s</h1><time datetime="2022-10-17">17 تشرين الأول 2022</time>\n%s</article>\n'
            '<aside><ul><li><a href="/x">مقالات ذات صلة</a></li></ul></aside>\n'
            '<footer><p>تابعونا على</p><p>النسخة الإنكليزية من المقال</p>'
            '<script>var x = "<p>not text</p>";</script></footer>%s</body></html>\n'
            % (lang, title, title, extra_head, title, body, extra_body))

ar_paras = [p.decode('utf-8', 'replace') for p in seed_paras[1:7]]
ar_title = seed_paras[0].decode('utf-8', 'replace')
en_paras = [s.strip() + '.' for s in fakes[0].split('. ')[:6]]
h = {
    'ar-article': page(ar_title, ar_paras),
    'en-article': page('Syria attack', en_paras, 'en'),
    'no-article': '<html><body><div><p>%s</p><p>%s</p></div><div>%s</div></body></html>'
                  % (ar_paras[0], ar_paras[1], en_paras[0]),
    'unclosed': '<html><head><title>x<body><div><p>%s<p>%s<table><tr><td>%s' % (ar_paras[0], en_paras[1], en_paras[2]),
    'entities': page('a &amp; b &#1575;&#x644; &nbsp;&unknown; &#0; &#xD800; &#99999999;',
                     ['&lt;b&gt; &quot;20&quot; قتيلًا &mdash; &#8220;x&#8221;'] + ar_paras[:1]),
    'deep-nesting': '<html><body>' + '<div>' * 3000 + '<p>%s</p>' % en_paras[0] + '</div>' * 3000 + '</body></html>',
    'deep-unclosed': '<html><body>' + '<span><b><i>' * 2000 + en_paras[0],
    'only-boilerplate': page('x', ['تابعونا على', 'Follow us on Twitter', '© 2022 Enab Baladi', 'Share']),
    'empty-body': '<html><head><title>t</title></head><body></body></html>',
    'empty': '',
    'not-html': 'plain text report, no tags: ' + en_paras[0],
    'dates-meta': page('d', en_paras[:2], 'en',
                       '<meta name="date" content="Mon, 17 Oct 2022 10:00:00 +0300">'
                       '<meta itemprop="datePublished" content="2022-02-30">'
                       '<meta property="article:published_time" content="17/10/2022">'),
    'lang-attrs': page('l', en_paras[:2], 'en-GB'),
    'script-style': '<html><head><style>p{}</style></head><body><script>' + 'x' * 3000 +
                    '</script><p>%s</p><noscript><p>js</p></noscript><form><p>f</p></form></body></html>' % en_paras[0],
    'comments-cdata': '<html><body><!-- <p>hidden</p> --><![CDATA[ <p>c</p> ]]><p>%s</p><!-- unterminated' % en_paras[0],
}
for name, s in h.items():
    put('html', name, s)
put('html', 'invalid-utf8', page('x', [en_paras[0]]).encode() .replace(b'Syria', b'Syr\xffia\xc0'))
put('html', 'nuls', page('x', [en_paras[0]]).encode().replace(b'<p>', b'<p>\x00', 1) + b'\x00')
put('html', 'latin1-charset', b'<html><head><meta charset="iso-8859-1"></head><body><p>caf\xe9 r\xe9sum\xe9 ' +
    en_paras[0].encode() + b'</p></body></html>')
put('html', 'long-attr', b'<html><body><p title="' + b'a' * 20000 + b'">' + en_paras[0].encode() + b'</p></body></html>')
put('html', 'weird-url', 'https://' + 'a.' * 100 + 'example/ x <p>' + en_paras[0])
for i, d in enumerate(['Mon, 17 Oct 2022 10:00:00 +0300', '2022-10-17T10:00:00Z', '2024-02-29',
                       'Tue, 31 Feb 2022 25:61:00 GMT', '17 Oct 2022', 'https://www.enabbaladi.net/archives/1']):
    put('html', 'prefix-%d' % i, d + '\n<p>' + en_paras[0] + '</p>')

# ---- feed: an RSS or Atom document ------------------------------------------
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def rss_item(title, text, date='Mon, 17 Oct 2022 10:00:00 +0300', link='https://www.enabbaladi.net/archives/612345'):
    return ('<item><title>%s</title><link>%s</link><pubDate>%s</pubDate>'
            '<description>%s</description>'
            '<content:encoded><![CDATA[<p>%s</p><p>%s</p>]]></content:encoded></item>\n'
            % (esc(title), link, date, esc(text[:200]), text, text[:100]))

rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>\n'
       '<title>Enab Baladi</title><link>https://www.enabbaladi.net</link>\n'
       + rss_item(ar_title, ar_paras[0] + ' ' + ar_paras[1])
       + rss_item('Syria attack', ' '.join(en_paras), 'Wed, 05 Apr 2017 09:00:00 GMT', 'https://example.org/a')
       + '</channel></rss>\n')
atom = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        '<title>t</title><link href="https://example.org/"/>\n'
        '<entry><title>%s</title><link href="https://example.org/1"/><updated>2022-10-17T10:00:00Z</updated>'
        '<published>2022-10-17T09:00:00+03:00</published><summary type="html">%s</summary>'
        '<content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>\n'
        '<entry><title>no date</title><id>urn:x</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p></div></content></entry>\n'
        '</feed>\n' % (esc(ar_title), esc(ar_paras[0]), esc(en_paras[0]), esc(en_paras[1])))
rdf = ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
       'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
       '<channel rdf:about="https://example.org/"><title>c</title></channel>\n'
       '<item rdf:about="https://example.org/1"><title>%s</title><link>https://example.org/1</link>'
       '<dc:date>2022-10-17</dc:date><description>%s</description></item>\n</rdf:RDF>\n'
       % (esc(en_paras[0][:60]), esc(en_paras[1])))
fd = {
    'rss2': rss,
    'rss2-stop': rss + ' ',   # odd last byte: the callback stops after one item
    'atom': atom,
    'rss1-rdf': rdf,
    'truncated': rss[: len(rss) // 2],
    'xxe-file': '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                '<rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe; x</description>'
                '</item></channel></rss>\n',
    'billion-laughs': '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                      + ''.join('<!ENTITY %s "%s">' % (chr(98 + i), ('&%s;' % chr(97 + i)) * 10) for i in range(9))
                      + ']>\n<rss version="2.0"><channel><item><title>&j;</title><description>&j;</description></item></channel></rss>\n',
    'deep-nesting': '<?xml version="1.0"?><rss version="2.0"><channel><item><description>'
                    + '<x>' * 3000 + 'deep' + '</x>' * 3000 + '</description></item></channel></rss>',
    'not-a-feed': '<?xml version="1.0"?><html><body><p>x</p></body></html>',
    'not-xml': 'Five people were killed in Idlib.',
    'empty': '',
    'bad-dates': rss.replace('Mon, 17 Oct 2022 10:00:00 +0300', 'Tue, 31 Feb 2022 25:61:00 XYZ')
                    .replace('Wed, 05 Apr 2017 09:00:00 GMT', '2024-02-29T00:00:00Z'),
    'entities-numeric': '<rss version="2.0"><channel><item><title>&#1575;&#x644; &#0; &#xD800; &#1114112;</title>'
                        '<description>&lt;p&gt;&amp;amp;&lt;/p&gt; &unknown;</description></item></channel></rss>',
    'cdata-broken': '<rss version="2.0"><channel><item><description><![CDATA[<p>open' + '</item></channel></rss>',
    'many-items': '<rss version="2.0"><channel>' + ''.join(
        '<item><title>t%d</title><description>d%d</description></item>\n' % (i, i) for i in range(300)) + '</channel></rss>',
}
for name, s in fd.items():
    put('feed', name, s)
put('feed', 'invalid-utf8', rss.encode().replace(b'Syria', b'Syr\xff\xfeia'))
put('feed', 'latin1-declared', b'<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel>'
    b'<item><title>caf\xe9</title><description>r\xe9sum\xe9</description></item></channel></rss>')
put('feed', 'utf16-bom', '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><item>'
    '<title>x</title></item></channel></rss>'.encode('utf-16'))
put('feed', 'nul', rss.encode().replace(b'<item>', b'<item>\x00', 1))

# ---- http_body: control byte (bit 0: POST) + "PATH?QUERY\n" + body -----------
def req(post, line, body=b''):
    if isinstance(line, str):
        line = line.encode()
    if isinstance(body, str):
        body = body.encode('utf-8')
    return bytes([1 if post else 0]) + line + b'\n' + body

one = json.dumps({'id': 'seed-1', 'outlet': 'Enab Baladi', 'lang': 'ar', 'published': '2022-10-17',
                  'title': ar_title, 'text': utf8_cut(b'\n'.join(seed_paras[:3]), 1500).decode()},
                 ensure_ascii=False)
two = json.dumps({'id': 'fakes-1', 'lang': 'en', 'published': '2017-04-05', 'text': ' '.join(en_paras)})
hb = {
    'post-one': req(True, '/api/documents', one),
    'post-jsonl': req(True, '/api/documents', one + '\n\n' + two + '\n'),
    'post-bad-line': req(True, '/api/documents', two + '\nnot json\n' + one),
    'post-no-text': req(True, '/api/documents', '{"id":"x","title":"t"}'),
    'post-array': req(True, '/api/documents', '[{"text":"x"}]'),
    'post-empty': req(True, '/api/documents', ''),
    'post-blank': req(True, '/api/documents', ' \r\n\t\n'),
    'post-deep': req(True, '/api/documents', '{"text":"x","m":' + '[' * 100 + ']' * 100 + '}'),
    'post-bad-utf8': req(True, '/api/documents', b'{"id":"u1","text":"killed \xc0\xaf 3"}'),
    'post-nul-escape': req(True, '/api/documents', '{"id":"a\\u0000b","text":"x\\u0000y 5 killed"}'),
    'post-bad-date': req(True, '/api/documents', '{"text":"5 killed","published":"2022-02-30"}'),
    'post-types': req(True, '/api/documents', '{"text":"t","id":5,"lang":null,"outlet":["x"]}'),
    'post-many': req(True, '/api/documents', '\n'.join('{"id":"m%d","text":"%d people were killed in Idlib."}' % (i, i) for i in range(40))),
    'get-health': req(False, '/api/health'),
    'get-doc': req(False, '/api/documents/seed-1'),
    'get-doc-missing': req(False, '/api/documents/' + 'x' * 600),
    'get-doc-escaped': req(False, '/api/documents/%2e%2e/%00'),
    'get-incidents': req(False, '/api/incidents?limit=5&from=2022-10-01&to=2022-10-31&admin1=Daraa&type=Battles'),
    'get-incidents-bad': req(False, '/api/incidents?limit=-1&from=yesterday&to=&q'),
    'get-incident': req(False, '/api/incidents/1'),
    'get-search': req(False, '/api/search?q=' + 'درعا'),
    'get-search-empty': req(False, '/api/search?q='),
    'get-search-bad-utf8': req(False, b'/api/search?q=\xff\xfe&limit=99999999999999999999'),
    'get-export': req(False, '/api/export?format=csv'),
    'get-export-json': req(False, '/api/export?format=jsonl&actor=isis'),
    'get-export-bad': req(False, '/api/export?format=xml'),
    'wrong-method': req(False, '/api/documents', one),
    'no-route': req(True, '/api/nothing/here', one),
    'many-args': req(False, '/api/incidents?' + '&'.join('a%d=%d' % (i, i) for i in range(40))),
    'long-path': req(False, '/api/incidents/' + '/'.join(['x'] * 300)),
}
for name, b in hb.items():
    put('http_body', name, b)

# ---- incidents: extract output lines, whole and broken ----------------------
with open(os.path.join(REPO, 'tests', 'cli', 'data', 'incidents-sample.jsonl'), 'rb') as f:
    sample = f.read()
sample_lines = sample.split(b'\n')
first = sample_lines[0]
inc = {
    'sample': bytes([0]) + sample,
    'sample-texts': bytes([8 | 3]) + sample,
    'sample-low-score': bytes([16]) + sample,
    'one-line': bytes([2]) + first,
    'truncated': bytes([0]) + utf8_cut(first, len(first) // 2),
    'not-json': bytes([0]) + b'this is not json\n{"id":\n]\n',
    'no-events': bytes([0]) + b'{"id":"x"}\n{"id":"y","events":null}\n{"id":"z","events":[1,"a",null,{}]}',
    'bad-types': bytes([0]) + b'{"id":"t","published":"2022-13-45","events":[{"date":5,"date_precision":"era",'
                 b'"place":{"id":7,"geo_precision":"x"},"claims":[{"kind":"killed","value":-3,"value_hi":1e30,'
                 b'"qualifier":"?","source":[]},{"value":"20"}],"participants":[{"actor":null},{"actor":"a",'
                 b'"source":{"id":null}}]}]}',
    'huge-values': bytes([0]) + b'{"id":"h","events":[{"event_type":"Battles","date":"2022-10-14","date_last":"2022-10-14",'
                   b'"date_precision":"day","place":{"id":"p","name":"P"},"claims":[{"kind":"killed","value":9223372036854775807,'
                   b'"value_hi":9223372036854775807,"qualifier":"about"},{"kind":"killed","value":1,"qualifier":"at_least"}]}]}',
    'same-id-twice': bytes([0]) + first + b'\n' + first,
    'deep': bytes([0]) + b'{"id":"d","events":' + b'[' * 200 + b']' * 200 + b'}',
    'bad-utf8': bytes([0]) + first.replace(b'Jasim', b'Ja\xc0\xafsim'),
}
for name, b in inc.items():
    put('incidents', name, b)
