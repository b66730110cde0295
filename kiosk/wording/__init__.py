"""Words at the edges: the values the services and files return (refusals, reports, roster
problems, the doctor's checks) turned into sentences of the one catalog, kiosk/texts/.

Each function takes `say` (kiosk.texts.Say): `text` on the command line (the terminal's
language), `shown` in the window (the language the operator picked); that is the only
difference between the two edges.
"""
