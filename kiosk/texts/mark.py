"""The marker pyside6-lupdate looks for in the catalog (context "Texts")."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for pyside6-lupdate (which looks for this name) and returns it unchanged."""
    return source
