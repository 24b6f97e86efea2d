"""What the .docx holds besides the text: true document properties, and none of the leftovers of
python-docx's default template.

python-docx starts every document from a Word 2010 file made on a Mac. Left alone, a drafter
document would say it was written by "Microsoft Macintosh Word" with 1 page and 0 words, carry
that file's blank thumbnail, an empty bibliography and ``stylesWithEffects.xml`` (438 KB, a copy
of the styles without any of drafter's), and define 100 table styles it never uses. Word and
WPS offer their built-in table styles by themselves, so dropping the unused ones loses nothing.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document as DocumentType
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

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


def set_properties(document: DocumentType, outline: Outline) -> None:
    """Title, author (the organ), kind and dates in core.xml; drafter and its version in app.xml.

    Page, word and line counts are left out: they depend on the fonts of the machine that opens
    the document, and Word and WPS count them afresh.
    """
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
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
