"""What the .docx holds besides the text: true document properties, none of the leftovers of
python-docx's default template, and the same bytes for the same data.

python-docx starts every document from a Word 2010 file made on a Mac. Left alone, a drafter
document would say it was written by "Microsoft Macintosh Word" with 1 page and 0 words, carry
that file's blank thumbnail, an empty bibliography and ``stylesWithEffects.xml`` (438 KB, a copy
of the styles without any of drafter's), define 100 table styles and some fifty other styles it
never uses (Quote, Book Title, List Bullet 3 …) and the numbering the list styles need. Word and
WPS offer their built-in styles by themselves, so dropping the unused ones loses nothing; every
style drafter defines stays, used in this document or not, for the clerk who goes on editing.
The template's leftovers are dropped once, into ``base.docx`` (:mod:`drafter.writers.word.base`);
the styles a document does not use, as it is saved.

The document's dates (core.xml) are its 成文日期, or ``SOURCE_DATE_EPOCH`` when that is set, and
the zip entries carry the same time: two builds of the same data are byte for byte the same, so
a bureau can compare drafts.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile

from docx.document import Document as DocumentType
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI, PackURI
from docx.opc.pkgwriter import _ContentTypesItem  # how python-docx's own save lists the parts' types
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from drafter import __version__
from drafter.outline import Outline

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
#: Parts of the default template that describe another document or nothing at all.
_STALE_PACKAGE_PARTS = {RT.THUMBNAIL}
_STALE_DOCUMENT_PARTS = {STYLES_WITH_EFFECTS, RT.CUSTOM_XML}
#: Settings that only held for the template: Word's "save a thumbnail", its revision ids, and the
#: claim that spelling and grammar were checked.
_STALE_SETTINGS = ("w:savePreviewPicture", "w:rsids", "w:proofState")


def drop_template_leftovers(document: DocumentType) -> None:
    package = document.part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype in _STALE_PACKAGE_PARTS:
            del package.rels[rId]
    for rId, rel in list(document.part.rels.items()):
        if rel.reltype in _STALE_DOCUMENT_PARTS:
            document.part.drop_rel(rId)
    settings = document.settings.element
    for tag in _STALE_SETTINGS:
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:default")) != "1":
            style.clear()  # emptied first: lxml removes an element with its children far slower
            styles.remove(style)


#: The longest text a .docx file property holds (python-docx refuses longer ones).
_PROPERTY_CHARS = 255


#: Attributes whose value names a style.
_STYLE_REFERENCE = re.compile(rb'<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val="([^"]+)"')
#: The parts that hold text: the body, headers and footers.
_TEXT_PART = re.compile(r"/(document|header\d*|footer\d*)\.xml$")
#: The earliest time a zip entry can carry (MS-DOS time).
_ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)


def drop_unused_styles(document: DocumentType, own: tuple[str, ...]) -> None:
    """Keep the styles named in ``own`` (drafter's), each type's default, every style a part of
    the document names, and the styles those are based on; drop the rest. The default template's
    numbering goes too when nothing is numbered (only its list styles used it)."""
    package = document.part.package
    text_parts = [part for part in package.iter_parts() if _TEXT_PART.search(part.partname)]
    if not any(b"<w:numPr>" in part.blob for part in text_parts):
        for rId, rel in list(document.part.rels.items()):
            if rel.reltype == RT.NUMBERING:
                document.part.drop_rel(rId)
    styles = document.styles.element
    by_id = {style.get(qn("w:styleId")): style for style in styles.findall(qn("w:style"))}
    names = {name.lower() for name in own}  # Word writes built-in names in lower case (heading 1)
    kept = {
        style_id
        for style_id, style in by_id.items()
        if style.get(qn("w:default")) == "1" or _name(style).lower() in names
    }
    for part in package.iter_parts():
        if part.content_type != CT.WML_STYLES:
            kept |= {value.decode() for value in _STYLE_REFERENCE.findall(part.blob)}
    pending = list(kept)
    while pending:
        style = by_id.get(pending.pop())
        if style is None:
            continue
        for tag in ("w:basedOn", "w:next", "w:link"):
            for child in style.findall(qn(tag)):
                value = child.get(qn("w:val"))
                if value not in kept:
                    kept.add(value)
                    pending.append(value)
    for style_id, style in by_id.items():
        if style_id not in kept:
            style.clear()
            styles.remove(style)


def _name(style: etree._Element) -> str:
    name = style.find(qn("w:name"))
    return "" if name is None else str(name.get(qn("w:val")))


def document_time(outline: Outline) -> dt.datetime:
    """The time the document says it was made: ``SOURCE_DATE_EPOCH`` when set, else its 成文日期."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return max(dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc), _ZIP_EPOCH)
    if outline.date is not None:
        return max(dt.datetime.combine(outline.date, dt.time(), dt.timezone.utc), _ZIP_EPOCH)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def saved(document: DocumentType, when: dt.datetime) -> bytes:
    """The .docx as bytes, every zip entry dated ``when``: python-docx's own save, with the time of
    saving on each entry, written here with the package's parts in the same order."""
    package = document.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    stamp = when.timetuple()[:6]
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as archive:

        def write(name: str, blob: bytes) -> None:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0  # the same bytes on every system
            archive.writestr(entry, blob)

        write(CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob)
        write(PACKAGE_URI.rels_uri.membername, package.rels.xml)
        for part in parts:
            write(part.partname.membername, part.blob)
            if len(part.rels):
                write(part.partname.rels_uri.membername, part.rels.xml)
    return result.getvalue()


def set_properties(document: DocumentType, outline: Outline, when: dt.datetime) -> None:
    """Title, author (the organ), kind and dates (``when``) in core.xml; drafter and its version
    in app.xml.

    Page, word and line counts are left out: they depend on the fonts of the machine that opens
    the document, and Word and WPS count them afresh.
    """
    now = when
    props = document.core_properties
    title, author, subject = (text[:_PROPERTY_CHARS] for text in (outline.document_title, outline.author, outline.subject))
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.subject = subject
    props.keywords = subject
    props.comments = ""
    props.category = subject
    props.language = "zh-CN"
    props.created = now
    props.modified = now
    props.revision = 1
    _set_app_properties(document)


def app_version(version: str = __version__) -> str:
    """drafter's version in the form app.xml requires (``XX.YYYY``): 0.1.0 → ``00.0100``."""
    major, minor, patch, *_ = [*(int(p) if p.isdigit() else 0 for p in version.split(".")), 0, 0]
    return f"{major:02d}.{minor:02d}{patch:02d}"


def _set_app_properties(document: DocumentType) -> None:
    package = document.part.package
    for rId, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:
            del package.rels[rId]
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>drafter</Application>"
        f"<AppVersion>{app_version()}</AppVersion>"
        "</Properties>"
    )
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, xml.encode("utf-8"), package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
