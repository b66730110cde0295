"""Synthetic webcam frames: a phone screen showing a ticket QR code, held up to the kiosk camera.

Shared by benchmarks/decode.py and benchmarks/pipeline.py. Everything is drawn with numpy and
OpenCV from a seed, so a run is repeatable and needs no data files. The conditions imitate what a
door camera sees: the phone tilted and rolled (perspective), defocus or motion blur, glare on the
glass, a dim hall (low light and sensor noise), and the camera's own JPEG (MJPG) compression.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Iterator
from dataclasses import dataclass, replace

import cv2
import numpy as np
import qrcode
from qrcode.constants import ERROR_CORRECT_M


def ticket_payload(rng: np.random.Generator) -> str:
    """A ticket-shaped payload: 73 random bytes as upper-case base32 without padding (117 chars)."""
    return base64.b32encode(rng.bytes(73)).decode("ascii").rstrip("=")


def qr_modules(payload: str) -> np.ndarray:
    """The QR symbol (level M, 4-module quiet zone) as a bool array, True = dark."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    qr.add_data(payload)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=bool)


@dataclass(frozen=True)
class Scene:
    """How the phone is held and what the camera does to the picture."""

    width: int = 1280
    height: int = 720
    ppm: float = 5.0  # pixels per QR module in the frame (before tilt)
    tilt_deg: float = 0.0  # phone leaned back or sideways (perspective)
    roll_deg: float = 0.0  # phone turned in the image plane
    blur: float = 0.0  # gaussian defocus sigma in pixels
    motion: int = 0  # motion-blur length in pixels (horizontal)
    glare: float = 0.0  # 0..1 strength of a bright reflection on the screen
    light: float = 1.0  # overall brightness factor (0.3 = dim hall)
    noise: float = 2.0  # sensor noise sigma (grey levels)
    jpeg: int = 90  # JPEG quality of the camera's MJPG stream
    show_code: bool = True  # False: the phone shows an app screen without a code


def _background(w: int, h: int, rng: np.random.Generator) -> np.ndarray:
    """A cluttered hall: a gradient, some boxes and lines (people, doors, posters)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = 90 + 60 * (xx / w) + 30 * np.sin(yy / h * math.pi)
    img = np.dstack([base * f for f in rng.uniform(0.7, 1.1, 3)]).astype(np.uint8)
    for _ in range(12):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        colour = tuple(int(c) for c in rng.integers(20, 230, 3))
        cv2.rectangle(
            img,
            (x, y),
            (x + int(rng.integers(30, w // 3)), y + int(rng.integers(30, h // 3))),
            colour,
            -1,
        )
    for _ in range(8):
        p1 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        p2 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        cv2.line(
            img, p1, p2, tuple(int(c) for c in rng.integers(0, 255, 3)), int(rng.integers(1, 6))
        )
    return img


def _phone(modules: np.ndarray | None, unit: int, rng: np.random.Generator) -> np.ndarray:
    """The phone face-on: dark body, bright screen, the code (or app text) in the middle."""
    n = 45 if modules is None else modules.shape[0]
    screen_w, screen_h = n * unit + 4 * unit, int(n * unit * 1.9)
    body = np.full((screen_h + 12 * unit, screen_w + 4 * unit, 3), 25, np.uint8)
    screen = np.full((screen_h, screen_w, 3), (245, 240, 236), np.uint8)
    top = (screen_h - n * unit) // 2
    if modules is not None:
        code = np.where(np.kron(modules, np.ones((unit, unit), bool)), 0, 255).astype(np.uint8)
        screen[top : top + n * unit, 2 * unit : 2 * unit + n * unit] = code[..., None]
    else:
        for i in range(10):
            y = top + i * unit * 4
            cv2.rectangle(
                screen,
                (3 * unit, y),
                (screen_w - int(rng.integers(4, 20)) * unit, y + 2 * unit),
                (60, 60, 60),
                -1,
            )
    cv2.rectangle(screen, (0, 0), (screen_w, top // 3), (200, 120, 40), -1)  # the app's title bar
    body[6 * unit : 6 * unit + screen_h, 2 * unit : 2 * unit + screen_w] = screen
    return body


def _quad(w: int, h: int, scene: Scene, rng: np.random.Generator) -> np.ndarray:
    """Where the phone's corners land: 3-D tilt, then roll, pinhole projection, then a place."""
    corners = np.array(
        [[-w / 2, -h / 2, 0], [w / 2, -h / 2, 0], [w / 2, h / 2, 0], [-w / 2, h / 2, 0]]
    )
    axis = rng.uniform(0, 2 * math.pi)
    rot, _ = cv2.Rodrigues(
        np.radians(scene.tilt_deg) * np.array([math.cos(axis), math.sin(axis), 0.0])
    )
    roll = math.radians(scene.roll_deg)
    rz = np.array(
        [[math.cos(roll), -math.sin(roll), 0], [math.sin(roll), math.cos(roll), 0], [0, 0, 1]]
    )
    pts = corners @ (rz @ rot).T
    focal = 1.2 * max(w, h)
    projected = pts[:, :2] * focal / (focal + pts[:, 2:3])
    span = projected.max(0) - projected.min(0)
    room = np.array([scene.width, scene.height]) - span
    centre = np.array([scene.width, scene.height]) / 2
    offset = centre + rng.uniform(-0.35, 0.35, 2) * np.maximum(room, 0)
    return (projected - projected.mean(0) + offset).astype(np.float32)


def render(payload: str, scene: Scene, rng: np.random.Generator) -> np.ndarray:
    """One BGR frame of the scene. The code spans about 37 * scene.ppm pixels."""
    unit = 8
    modules = qr_modules(payload) if scene.show_code else None
    phone = _phone(modules, unit, rng)
    n_code = (modules.shape[0] - 8) if modules is not None else 37
    scale = scene.ppm / unit * 37 / n_code
    h, w = phone.shape[:2]
    dst = _quad(int(w * scale), int(h * scale), scene, rng)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    size = (scene.width, scene.height)
    frame = _background(scene.width, scene.height, rng)
    warped = cv2.warpPerspective(phone, matrix, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), matrix, size)[..., None]
    out = frame.astype(np.float32) * (1 - mask) + warped.astype(np.float32) * mask
    return _camera(out, dst, scene, rng)


def _camera(
    img: np.ndarray, quad: np.ndarray, scene: Scene, rng: np.random.Generator
) -> np.ndarray:
    """What the optics and the sensor add: glare, blur, light level, noise, JPEG."""
    if scene.glare > 0:
        yy, xx = np.mgrid[0 : scene.height, 0 : scene.width].astype(np.float32)
        cx, cy = quad.mean(0) + rng.uniform(-0.15, 0.15, 2) * (quad.max(0) - quad.min(0))
        r = 0.25 * float(np.linalg.norm(quad[0] - quad[2]))
        blob = np.exp(-(((xx - cx) / r) ** 2 + ((yy - cy) / (0.6 * r)) ** 2))
        img = img + 255 * scene.glare * blob[..., None]
    if scene.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), scene.blur)
    if scene.motion > 1:
        kernel = np.zeros((scene.motion, scene.motion), np.float32)
        kernel[scene.motion // 2, :] = 1.0 / scene.motion
        img = cv2.filter2D(img, -1, kernel)
    img = img * scene.light + rng.normal(0, scene.noise, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, scene.jpeg])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR) if ok else img


CONDITIONS: dict[str, Scene] = {
    "clean": Scene(),
    "tilt": Scene(tilt_deg=50, roll_deg=30),
    "blur": Scene(blur=2.2),
    "motion": Scene(motion=11),
    "glare": Scene(glare=1.5),
    "low-light": Scene(light=0.15, noise=6.0),
    "jpeg-noise": Scene(jpeg=20, noise=9.0),
    "small": Scene(ppm=2.1),
    "hard-mix": Scene(
        tilt_deg=35, roll_deg=-15, blur=1.4, glare=0.9, light=0.4, noise=6.0, jpeg=45
    ),
    "no-code": Scene(show_code=False),
}
RESOLUTIONS = ((640, 480), (1280, 720))


def _vary(scene: Scene, severity: float) -> Scene:
    """The same condition at a random strength, so each group mixes easy and hard frames."""
    return replace(
        scene,
        tilt_deg=scene.tilt_deg * severity,
        blur=scene.blur * severity,
        motion=round(scene.motion * severity),
        glare=scene.glare * severity,
        light=1.0 - (1.0 - scene.light) * severity,
        jpeg=round(100 - (100 - scene.jpeg) * severity),
    )


def webcam_cases(
    per_condition: int = 6, seed: int = 7
) -> Iterator[tuple[str, np.ndarray, list[str]]]:
    """(group name, BGR frame, expected payloads) for every condition at both resolutions."""
    rng = np.random.default_rng(seed)
    for width, height in RESOLUTIONS:
        for name, base in CONDITIONS.items():
            for _ in range(per_condition):
                # Held closer on the small sensor: the same code fills more of a 640x480 frame.
                ppm = base.ppm * (0.75 if width == 640 else 1.0) * rng.uniform(0.85, 1.2)
                scene = _vary(base, float(rng.uniform(0.4, 1.0)))
                scene = replace(
                    scene,
                    width=width,
                    height=height,
                    ppm=ppm,
                    roll_deg=scene.roll_deg + rng.uniform(-8, 8),
                )
                payload = ticket_payload(rng)
                expected = [payload] if scene.show_code else []
                yield f"webcam {width}x{height} {name}", render(payload, scene, rng), expected
