"""The kiosk's colours and sizes, by name: the one place a colour or a touch size is written.

The application stylesheet (kiosk.qss) refers to these as {{ name }} in lower case, and the few
widgets that paint by hand (the camera view, the arrivals chart) read them here. Text on each
outcome colour keeps at least WCAG AA contrast (4.5:1; tests/ui/test_theme.py measures it).
"""

from __future__ import annotations

# -- outcome colours: the banner's families, and the buttons and status lines that echo them
GREEN = "#1b7f3b"  # accepted, walk-in registered, confirm
AMBER = "#f2b705"  # already checked in (dark text on it)
ORANGE = "#c45200"  # not open yet, not a ticket, another event
RED = "#c62828"  # refused, not recorded, destructive actions
BLUE = "#1f5fa8"  # information, undone, the selected choice
PURPLE = "#5e35b1"  # walk-in registration
OCHRE = "#8a6d00"  # a caution as text or button: a lost ticket, a possible duplicate

# -- text
INK = "#263238"
ON_AMBER = "#1f1a00"
ON_COLOUR = "#ffffff"  # text on green, orange, red, blue and purple
MUTED = "#546e7a"  # explanations, captions
SUBTLE = "#455a64"  # the event's venue line on the scan screen
FAINT = "#78909c"  # the discreet operator button
DISABLED = "#90a4ae"  # past agenda items, disabled text, the ready banner's ring

# -- surfaces
PAGE = "#dfe5e8"  # behind the scan screen's cards
CARD = "#ffffff"
KEY = "#eceff1"  # a plain touch button, the ready banner
KEY_PRESSED = "#90a4ae"
ROW_PRESSED = "#cfd8dc"
FILLED_PRESSED = "#37474f"
FILLED_DISABLED = "#b0bec5"
LINE = "#b0bec5"
GRID = "#cfd8dc"
PANEL = "#f5f7f8"  # the file picker
CONFIRM = "#fff3e0"  # "undo this check-in?"
PROGRESS = "#9cc3e8"  # a file job's bar, done part (dark text on it)
CAUTION_PANEL = "#fff8e1"  # "replace the roster?"
CAMERA = "#11181c"
CAMERA_CODE = "#00e676"  # the outline of a code the camera read
CAMERA_WARN = "#ffcc80"
CAMERA_TEXT = "#eceff1"
CAMERA_FRAME = "#ffffff"

# -- standing notices: background, text, edge
NOTICE_INFO = ("#fff3cd", "#5d4200", "#e0b100")
NOTICE_WARN = ("#ffe0cc", "#5a1f00", "#d65a00")
NOTICE_BAD = ("#ffd6d6", "#5a0000", "#c62828")

# -- sizes, in pixels
TOUCH_PIXELS = 64  # the smallest side of anything a finger must hit
KEY_PIXELS = 72  # an on-screen keyboard key's height
PAD_KEY_PIXELS = 84  # a PIN pad key's height
BUTTON_TEXT_PIXELS = 26
BODY_PIXELS = 24
TITLE_PIXELS = 34
RADIUS = 10  # buttons, rows, fields
BIG_RADIUS = 16  # the scan screen's two big buttons
CARD_RADIUS = 14
BANNER_RADIUS = 18
BANNER_ICON_PIXELS = 132
BANNER_ICON_RADIUS = BANNER_ICON_PIXELS // 2
BANNER_RING = 6
SCROLL_BAR_PIXELS = 28  # wide enough for a finger
PAD_X = 14  # a button's text from its edges
PAD_Y = 6

# The banner's colours per tone (kiosk.ui.outcome_style.Tone): background, text.
BANNER = {
    "ready": (KEY, INK),
    "good": (GREEN, ON_COLOUR),
    "repeat": (AMBER, ON_AMBER),
    "warn": (ORANGE, ON_COLOUR),
    "bad": (RED, ON_COLOUR),
    "info": (BLUE, ON_COLOUR),
}
