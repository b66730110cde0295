"""Scanning: frame sources, QR decoding, the camera thread and the keyboard-wedge scanner.

source.py   FrameSource, CameraSource, VideoFileSource, ImageFolderSource, open_source(spec)
decode.py   decode(frame), Decoder, decoder_status() (engines.py wraps zxing-cpp and pyzbar)
media.py    decode_image_file, decode_files (kiosk decode), codes_in_media (checkin --image/--video)
worker.py   ScanWorker(QThread): code_scanned, preview_updated, camera_state_changed
health.py   the lost / dark / frozen judgement; camera_state.py CameraState
repeat.py   RepeatGate: the one repeat window, shared by the camera thread and the wedge
wedge.py    KeyboardWedge: USB scanners that type, also in Hangul mode
"""
