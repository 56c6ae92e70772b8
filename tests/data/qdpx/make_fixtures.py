#!/usr/bin/env python3
"""Builds the foreign REFI-QDA fixtures in this folder, by hand, from the standard's text
(REFI-QDA Project Exchange 1.5, namespace urn:QDA-XML:project:1.0) and what is known of
how QualCoder, ATLAS.ti, MAXQDA and NVivo write them. No program of theirs was run.

    python3 tests/data/qdpx/make_fixtures.py      # rewrites the .qdpx files here

The files are deterministic (fixed GUIDs and zip times), so running it again changes
nothing. tst_qdpximport reads them; its rows say what each must give."""

import os
import uuid
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:QDA-XML:project:1.0"
STAMP = (2024, 3, 1, 12, 0, 0)


def guid(label):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "demarche-fixture:" + label))


USER = guid("user")


def code(name, children=(), color=None, codable=True):
    return {"name": name, "children": list(children), "color": color, "codable": codable}


def codes_xml(codes, prefix=""):
    out = []
    for c in codes:
        path = prefix + "/" + c["name"]
        attrs = 'guid="%s" name=%s isCodable="%s"' % (
            guid("code" + path), quoteattr(c["name"]), "true" if c["codable"] else "false")
        if c["color"]:
            attrs += ' color="%s"' % c["color"]
        out.append("<Code %s>%s</Code>" % (attrs, codes_xml(c["children"], path)))
    return "".join(out)


def code_guid(path):
    return guid("code/" + path)


def selection(label, text, quote, codes, occurrence=1, start=None, end=None, note=None):
    """A PlainTextSelection of `quote` (its n-th occurrence in `text`), positions in code
    points as Python counts them: slice bounds, end exclusive."""
    if start is None:
        start = -1
        for _ in range(occurrence):
            start = text.index(quote, start + 1)
        end = start + len(quote)
    codings = "".join(
        '<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>'
        % (guid(label + "coding" + p), USER, code_guid(p)) for p in codes)
    description = "<Description>%s</Description>" % escape(note) if note else ""
    return ('<PlainTextSelection guid="%s" name=%s startPosition="%d" endPosition="%d" '
            'creatingUser="%s" creationDateTime="2024-02-01T10:00:00Z">%s%s</PlainTextSelection>'
            % (guid(label), quoteattr(quote[:60]), start, end, USER, description, codings))


def project(name, codes, sources, extra=""):
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<Project xmlns="%s" name=%s origin="fixture" '
            'creationDateTime="2024-03-01T12:00:00Z">'
            '<Users><User guid="%s" name="Ana Analyst"/></Users>'
            '<CodeBook><Codes>%s</Codes></CodeBook>'
            '<Sources>%s</Sources>%s</Project>\n'
            % (NS, quoteattr(name), USER, codes_xml(codes), "".join(sources), extra))


def write(name, entries):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in entries:
            info = zipfile.ZipInfo(entry, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def text_source(label, name, path, selections, extra=""):
    return ('<TextSource guid="%s" name=%s plainTextPath="%s" creatingUser="%s" '
            'creationDateTime="2024-01-15T09:00:00Z">%s%s</TextSource>'
            % (guid(label), quoteattr(name), path, USER, "".join(selections), extra))


# QualCoder: sources/ with a BOM on every text, nested codes, an actor tree, an emoji
# outside the Basic Multilingual Plane before the selections (code points, not UTF-16).
QC_TEXT = ("Talks in Vienna \U0001F30D resumed.\n"
           "Russia demanded a halt to gas transit fees.\n"
           "The EU proposed a new energy security pact.\n"
           "Observers doubted any deal on oil before winter.\n")
QC_CODES = [
    code("Actors", [code("Russia", color="#cc0000"), code("EU", color="#0033cc")],
         codable=False),
    code("Energy", [code("Gas"), code("Oil")], color="#00aa00"),
    code("Security"),
    code("Memo"),
]
QC_ID = guid("qc-source")


def qualcoder():
    t = QC_TEXT
    sels = [
        selection("qc1", t, "Russia demanded a halt to gas transit fees",
                  ["Actors/Russia", "Energy/Gas"]),
        selection("qc2", t, "The EU proposed a new energy security pact",
                  ["Actors/EU", "Energy", "Security"]),
        selection("qc3", t, "Observers doubted any deal on oil before winter", ["Energy/Oil"]),
        selection("qc4", t, "Talks in Vienna", ["Memo"]),
        selection("qc5", t, "resumed", ["Actors/Russia"]),
    ]
    xml = project("QualCoder study", QC_CODES,
                  [text_source("qc-source", "vienna.txt", "internal://%s.txt" % QC_ID, sels)])
    write("qualcoder.qdpx", [("project.qde", xml.encode()),
                             ("sources/%s.txt" % QC_ID, b"\xef\xbb\xbf" + t.encode())])


# ATLAS.ti: the .qde named after the project, the folder spelled Sources/.
AT_TEXT = "Iran rejected the inspection plan.\nSyria welcomed the ceasefire."


def atlas():
    t = AT_TEXT
    sid = guid("at-source")
    sels = [selection("at1", t, "rejected the inspection plan", ["Iran talks"]),
            selection("at2", t, "welcomed the ceasefire", ["Syria", "Iran talks"])]
    xml = project("Middle East", [code("Iran talks"), code("Syria")],
                  [text_source("at-source", "Briefing 12", "internal://%s.txt" % sid, sels)])
    write("atlas.qdpx", [("Middle East.qde", xml.encode()), ("Sources/%s.txt" % sid, t.encode())])


# Bound for MAXQDA: CRLF line ends. Positions count CR and LF; one selection starts
# between them (it splits a character) and one ends past the text.
MX_TEXT = ("Line one.\r\nThe ministers agreed on a timetable.\r\n\r\n"
           "Nobody mentioned the sanctions.\r\n")


def maxqda():
    t = MX_TEXT
    sid = guid("mx-source")
    cr = t.index("\r\n")
    sels = [selection("mx1", t, "The ministers agreed on a timetable", ["Timetable"]),
            selection("mx2", t, "Nobody mentioned the sanctions", ["Sanctions"]),
            selection("mx3", t, "", ["Timetable"], start=cr + 1, end=cr + 10),
            selection("mx4", t, "", ["Sanctions"], start=len(t) - 5, end=len(t) + 40)]
    xml = project("MAXQDA bound", [code("Timetable"), code("Sanctions")],
                  [text_source("mx-source", "minutes.txt", "internal://%s.txt" % sid, sels)])
    write("maxqda.qdpx", [("project.qde", xml.encode()), ("sources/%s.txt" % sid, t.encode())])


# NVivo: a text inline, a PDF through its plain-text Representation (with one selection
# on the page itself), and a picture, which Demarche cannot take.
NV_INLINE = "Interview with the envoy.\nHe said the border talks would go on."
NV_PDF = "Annex A.\nThe parties commit to a monitoring mission."


def nvivo():
    pdf_text_id = guid("nv-pdf-text")
    inline = ('<TextSource guid="%s" name="Envoy interview" creatingUser="%s">'
              '<PlainTextContent>%s</PlainTextContent>%s</TextSource>'
              % (guid("nv-inline"), USER, escape(NV_INLINE),
                 selection("nv1", NV_INLINE, "the border talks would go on", ["Border"])))
    pdf = ('<PDFSource guid="%s" name="Annex" path="internal://%s.pdf" creatingUser="%s">'
           '<PDFSelection guid="%s" firstX="1" firstY="1" secondX="50" secondY="50" page="1">'
           '<Coding guid="%s"><CodeRef targetGUID="%s"/></Coding></PDFSelection>'
           '<Representation guid="%s" plainTextPath="internal://%s.txt">%s</Representation>'
           '</PDFSource>'
           % (guid("nv-pdf"), guid("nv-pdf"), USER, guid("nv-pdfsel"), guid("nv-pdfcoding"),
              code_guid("Monitoring"), pdf_text_id, pdf_text_id,
              selection("nv2", NV_PDF, "commit to a monitoring mission", ["Monitoring"])))
    picture = ('<PictureSource guid="%s" name="Map" path="internal://%s.png"/>'
               % (guid("nv-pic"), guid("nv-pic")))
    xml = project("NVivo export", [code("Border"), code("Monitoring")], [inline, pdf, picture])
    write("nvivo.qdpx", [("project.qde", xml.encode()),
                         ("sources/%s.txt" % pdf_text_id, NV_PDF.encode()),
                         ("sources/%s.pdf" % guid("nv-pdf"), b"%PDF-1.4 not really\n")])


# Decomposed (NFD) text: every position after an accent moves when it is composed. One
# selection ends between "e" and its accent, one lies past the end.
NFD_TEXT = "Gene\u0300ve: the cafe\u0301 talks on Ukraine went well.\nZu\u0308rich followed."


def nfd():
    t = NFD_TEXT
    sid = guid("nfd-source")
    accent = t.index("e\u0301")
    sels = [selection("nfd1", t, "talks on Ukraine went well", ["Ukraine"]),
            selection("nfd2", t, "Zu\u0308rich followed", ["Ukraine"]),
            selection("nfd3", t, "", ["Ukraine"], start=accent - 3, end=accent + 1),
            selection("nfd4", t, "", ["Ukraine"], start=len(t) + 1, end=len(t) + 3)]
    xml = project("Decomposed", [code("Ukraine")],
                  [text_source("nfd-source", "geneva.txt", "internal://%s.txt" % sid, sels)])
    write("nfd.qdpx", [("project.qde", xml.encode()), ("sources/%s.txt" % sid, t.encode())])


# As Demarche writes a project (docs/REFI-QDA.md, "What Demarche writes"): Actors, Topics
# and Stances at the top, details in Descriptions, document details in Variables.
DM_TEXT = ("Moscow, 3 March.\n\nLavrov demanded that transit fees be cut by half.\n\n"
           "The EU backed a new pipeline through the Baltic.")
DM_STANCES = ["Demand", "Proposal", "Concession", "Refusal", "Support", "Criticism",
              "Commitment", "Threat", "Assessment"]
BOB = guid("bob")


def demarche():
    def c(path, name, description="", children="", color=None):
        attrs = 'guid="%s" name=%s isCodable="%s"' % (
            code_guid(path), quoteattr(name), "false" if "/" not in path else "true")
        if color:
            attrs += ' color="%s"' % color
        desc = "<Description>%s</Description>" % escape(description) if description else ""
        return "<Code %s>%s%s</Code>" % (attrs, desc, children)

    actors = c("Actors", "Actors", children=(
        c("Actors/Russia", "Russia", "Kind: state\nAlias: Moscow\nAlias: Kremlin",
          c("Actors/Russia/Lavrov", "Lavrov", "Kind: person", color="#dd4444"), "#aa0000")
        + c("Actors/EU", "European Union", "Kind: organisation\nAlias: EU", color="#003399")))
    topics = c("Topics", "Topics", children=c(
        "Topics/Energy", "Energy",
        "Keyword: gas\nKeyword: pipeline\nNegative pole: no new supply\n"
        "Positive pole: new supply routes\nScale note:\nScore the route, not the price.\n"
        "Second line.", c("Topics/Energy/Transit", "Gas transit", color="#22aa22"), "#118811"))
    stances = c("Stances", "Stances",
                children="".join(c("Stances/" + s, s) for s in DM_STANCES))
    variables = [("Publication date", "Date"), ("Source", "Text"), ("URL", "Text"),
                 ("Language", "Text"), ("Original file", "Text"), ("Format", "Text"),
                 ("Pages", "Text")]
    variables_xml = "".join('<Variable guid="%s" name="%s" typeOfVariable="%s"/>'
                            % (guid("var" + n), n, t) for n, t in variables)
    values = {"Publication date": "2024-03-03", "Source": "TASS", "URL": "https://example.org/a",
              "Language": "en", "Original file": "tass.pdf", "Format": "pdf", "Pages": "0:1 18:2"}
    values_xml = "".join(
        '<VariableValue><VariableRef targetGUID="%s"/><%s>%s</%s></VariableValue>'
        % (guid("var" + n), "DateValue" if t == "Date" else "TextValue", escape(values[n]),
           "DateValue" if t == "Date" else "TextValue") for n, t in variables)
    t = DM_TEXT
    sid = guid("dm-source")

    def sel(label, quote, codes, description, created, modified, user=USER):
        start = t.index(quote)
        codings = "".join('<Coding guid="%s" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding>'
                          % (guid(label + p), user, code_guid(p)) for p in codes)
        return ('<PlainTextSelection guid="%s" name=%s startPosition="%d" endPosition="%d" '
                'creatingUser="%s" creationDateTime="%s" modifyingUser="%s" '
                'modifiedDateTime="%s"><Description>%s</Description>%s</PlainTextSelection>'
                % (guid(label), quoteattr(quote), start, start + len(quote), user, created, user,
                   modified, escape(description), codings))

    sels = [
        sel("dm1", "Lavrov demanded that transit fees be cut by half",
            ["Actors/Russia/Lavrov", "Topics/Energy/Transit", "Stances/Demand"],
            "Position: -40\nSalience: 4\nAttribution: quote\nTarget: European Union\nNote:\n"
            "Said twice.\nSee the annex.", "2024-03-04T08:00:00Z", "2024-03-05T09:30:00Z"),
        sel("dm2", "The EU backed a new pipeline through the Baltic",
            ["Actors/EU", "Topics/Energy", "Stances/Support"],
            "Salience: 3\nAttribution: paraphrase", "2024-03-04T08:10:00Z",
            "2024-03-04T08:10:00Z", BOB),
    ]
    source = ('<TextSource guid="%s" name="Lavrov on transit" plainTextPath="internal://%s.txt" '
              'creationDateTime="2024-03-03T18:00:00Z">%s%s</TextSource>'
              % (sid, sid, "".join(sels), values_xml))
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n'
           '<Project xmlns="%s" name="transit" origin="Demarche 1.0" '
           'creationDateTime="2024-03-06T12:00:00Z">'
           '<Users><User guid="%s" name="Ana Analyst"/><User guid="%s" name="Bob Berg"/></Users>'
           '<CodeBook><Codes>%s%s%s</Codes></CodeBook><Variables>%s</Variables>'
           '<Sources>%s</Sources></Project>\n'
           % (NS, USER, BOB, actors, topics, stances, variables_xml, source))
    write("demarche.qdpx", [("project.qde", xml.encode()), ("sources/%s.txt" % sid, t.encode())])


# Codes nested 70 deep: the reader keeps 64 levels and puts the rest at the 64th.
def deep70():
    t = "Seventy levels of codes."
    sid = guid("d70-source")
    names = ["L%d" % i for i in range(1, 71)]
    codes = [code(names[-1])]
    for name in reversed(names[:-1]):
        codes = [code(name, codes)]
    xml = project("Deep codes", codes,
                  [text_source("d70-source", "deep.txt", "internal://%s.txt" % sid,
                               [selection("d70", t, "Seventy levels", ["/".join(names)])])])
    write("deep70.qdpx", [("project.qde", xml.encode()), ("sources/%s.txt" % sid, t.encode())])


def hostile():
    sid = guid("h-source")
    plain = project("Plain", [code("A")],
                    [text_source("h-source", "a.txt", "internal://%s.txt" % sid, [])])
    doctype = plain.replace(
        '<?xml version="1.0" encoding="utf-8"?>\n',
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE Project [<!ENTITY e SYSTEM '
        '"file:///etc/passwd"><!ENTITY lol "lol">]>\n').replace('name="Plain"', 'name="&e;"')
    write("doctype.qdpx", [("project.qde", doctype.encode()), ("sources/%s.txt" % sid, b"a")])
    # 8 MB of spaces in a few kilobytes: far beyond any ratio text reaches.
    write("bomb.qdpx", [("project.qde", plain.encode() + b" " * (8 * 1024 * 1024))])
    deep = project("Deep", [], []).replace(
        "<Codes></Codes>", "<Codes>" + '<Code guid="%s" name="x">' % guid("d") * 1000
        + "</Code>" * 1000 + "</Codes>")
    write("deep.qdpx", [("project.qde", deep.encode())])
    write("two.qdpx", [("project.qde", plain.encode()), ("copy.qde", plain.encode())])
    write("none.qdpx", [("sources/%s.txt" % sid, b"text")])
    write("badutf8.qdpx", [("project.qde", plain.encode()),
                           ("sources/%s.txt" % sid, b"caf\xe9 cr\xe8me")])
    write("broken.qdpx", [("project.qde", plain.encode()[:-40])])
    with open(os.path.join(HERE, "garbage.qdpx"), "wb") as f:
        f.write(bytes((i * 97 + 13) % 256 for i in range(4096)))


if __name__ == "__main__":
    qualcoder()
    atlas()
    maxqda()
    nvivo()
    nfd()
    demarche()
    deep70()
    hostile()
