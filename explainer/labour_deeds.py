"""Labour actions no cited passage tells: "Dockworkers began a 48-hour lockout" may not cite "dockworkers began a
48-hour strike".

unbacked_deeds.py reads a closed list of deeds, of war, office, court and trade; a strike told as the employer's
lockout, or a walkout or stoppage no source reports, passed every check where its names, figures and dates stood.
These are their rows, in that module's form: the words a sentence tells the action by, and the beginnings of the
words (or whole phrases, with a space) a passage tells it by. Every honest word a source uses for the same action
backs it: "walked out", "downed tools", "industrial action" and "strike" back "walkout" and "stoppage"; only the
employer's words ("locked out", "lockout") back "lockout". "strike" itself is no row: an air strike is a strike too,
and a strike's span, end, threat and verdict are labour_events.py's (tests/test_factcheck_205.py).
"""

from __future__ import annotations

# the words a source tells workers' stopping work by
_WORKERS_STOPPED = ("walkout", "walk out", "walked out", "walks out", "walking out", "strike", "striking", "stoppage",
                    "walked off", "walk off", "walks off", "walking off", "off the job", "picket", "downed tools", "down tools", "downing tools", "laid down tools", "lay down tools",
                    "industrial action", "stopped work", "stop work", "stopping work", "stops work")

LABOUR_DEEDS = (
    # an employer keeping its workers out: a strike is none
    ("lockout lockouts", ("lockout", "locked out", "lock out", "locks out", "locking out", "shut out")),
    ("walkout walkouts stoppage stoppages", _WORKERS_STOPPED),
)
