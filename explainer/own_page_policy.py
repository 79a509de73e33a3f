"""The Content-Security-Policy of the preview's own pages: the error page a failed build shows, and the page for an
address the site has no page at.

The site's pages carry the template's policy; these two carried none, though they show what no editor wrote: excerpts
of the project's files (a content file from another's pull request, a seed) and the address of any link that led
there. All of it is escaped; the policy is what still holds where an escape is ever missed: no script but the
preview's own files (its live-reload client), no inline one, nothing loaded from another site, no form sent anywhere.
Their one `<style>` is inline (error_page.html), so inline styles are allowed, which run nothing; no
`frame-ancestors`, as an editor's preview pane (VS Code's Simple Browser) shows the preview in a frame.
"""

from __future__ import annotations

OWN_PAGE_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self' ws: wss:; "
                   "img-src 'self'; base-uri 'none'; form-action 'none'")
