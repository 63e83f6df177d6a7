"""Take-home handouts: one procedure, or a whole visit, on paper or as a PDF.

`document` decides what goes on the paper (from the same content and wording code as the
screens), `flow` and `paginate` lay it out, `render` paints the pages on any QPagedPaintDevice,
`output` writes a PDF or prints; `preview` and `kiosk_print` are the two ways the app offers it.
"""
