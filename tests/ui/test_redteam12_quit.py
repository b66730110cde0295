"""Red team (issue 12): a file job does not carry on after the kiosk has closed.

Operator mode's slow jobs (export, import, merge reading) run on a job thread. When the kiosk
closed mid-job (the operator quit, a service manager's SIGTERM, Ctrl+C), the job went on to its
end: an export was written to the USB stick after the window had gone, and the process lingered
for as long as the job had left. Closing now cancels it at its next report, as Cancel does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from kiosk.ui.application import make_application
    from kiosk.ui.operator.jobs import JobRunner

    app = make_application([])
    runner = JobRunner()
    out = Path(sys.argv[1])

    def export(progress):  # a long export: made in steps, written at the end
        for step in range(100):
            time.sleep(0.1)
            progress(step, 100)
        out.write_text("the export")

    runner.run(export, lambda result, error: None)
    QTimer.singleShot(300, app.quit)  # the kiosk closes while the export is being made
    app.exec()
    runner.wait()
    """
)


def test_closing_the_kiosk_mid_export_writes_no_file_and_does_not_linger(tmp_path: Path) -> None:
    out = tmp_path / "attendance.xlsx"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert not out.exists(), "the export was written after the kiosk had closed"
    assert took < 7, f"the kiosk took {took:.1f} s to end after it closed"
