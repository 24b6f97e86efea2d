"""The sandboxed template machinery: a template set and its manifest, the jinja2 sandbox and its
limits, the read-only view of the report templates see, the filters they call, and the outline
markup they write (headings, points, what was filled and what was missing)."""
