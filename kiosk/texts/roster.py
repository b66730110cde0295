"""Roster problems, and progress and cancel lines (worded by kiosk/wording/roster.py)."""

from kiosk.texts.mark import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # -- roster problems (worded by kiosk/wording/roster.py) --
    "roster_missing_column": QT_TRANSLATE_NOOP("Texts", "a required column is missing: {col}"),
    "roster_duplicate_column": QT_TRANSLATE_NOOP(
        "Texts",
        "more than one '{col}' column: {detail}; keep only one",
    ),
    "roster_empty_name": QT_TRANSLATE_NOOP("Texts", "the name is empty"),
    "roster_name_too_long": QT_TRANSLATE_NOOP(
        "Texts",
        "the name is longer than {detail} characters",
    ),
    "roster_cell_too_long": QT_TRANSLATE_NOOP(
        "Texts",
        "the '{col}' cell is longer than {detail} characters",
    ),
    "roster_row_too_long": QT_TRANSLATE_NOOP(
        "Texts",
        "a row is too long (more than {detail} characters); check that the file is a roster",
    ),
    "roster_too_many_columns": QT_TRANSLATE_NOOP("Texts", "too many columns (more than {detail})"),
    "roster_sheet_read": QT_TRANSLATE_NOOP("Texts", "read the sheet '{detail}'"),
    "roster_hidden_sheets_skipped": QT_TRANSLATE_NOOP(
        "Texts",
        "hidden sheets were not read: {detail}",
    ),
    "roster_no_visible_sheet": QT_TRANSLATE_NOOP(
        "Texts",
        "no sheet is visible; unhide the roster sheet in Excel",
    ),
    "roster_hidden_rows_skipped": QT_TRANSLATE_NOOP("Texts", "hidden rows were not imported"),
    "roster_total_rows_skipped": QT_TRANSLATE_NOOP(
        "Texts",
        "taken for total rows and not imported",
    ),
    "roster_ambiguous_total_row": QT_TRANSLATE_NOOP(
        "Texts",
        "the name '{detail}' looks like a total, but other cells hold text: it is unclear "
        "whether this is a total row or a person; empty the other cells of a total row, or "
        "check the person's name",
    ),
    "roster_merged_cells_filled": QT_TRANSLATE_NOOP(
        "Texts",
        "filled the value of merged cells into the other cells they cover: {detail}",
    ),
    "roster_too_many_merged_ranges": QT_TRANSLATE_NOOP(
        "Texts",
        "too many merged cell ranges (more than {detail}); unmerge the cells in Excel and "
        "import again",
    ),
    "roster_conflicting_duplicate": QT_TRANSLATE_NOOP(
        "Texts",
        "different people share the same {col} ({detail})",
    ),
    "roster_duplicate_collapsed": QT_TRANSLATE_NOOP("Texts", "identical rows were merged into one"),
    "roster_undecodable": QT_TRANSLATE_NOOP(
        "Texts",
        "unreadable characters (byte offset {detail}); check the file's encoding (UTF-8 or CP949)",
    ),
    "roster_bad_csv": QT_TRANSLATE_NOOP("Texts", "the CSV is malformed (check the quotes)"),
    "roster_formula_cell": QT_TRANSLATE_NOOP(
        "Texts",
        "cells hold formulas: {detail}; in Excel, paste them as values and import again",
    ),
    "roster_error_cell": QT_TRANSLATE_NOOP("Texts", "cells hold error values: {detail}"),
    "roster_formula_ignored": QT_TRANSLATE_NOOP(
        "Texts",
        "formulas in columns that are not imported were ignored: {detail}",
    ),
    "roster_ignored_column": QT_TRANSLATE_NOOP("Texts", "this column is not imported: {col}"),
    "roster_phone_zero_restored": QT_TRANSLATE_NOOP(
        "Texts",
        "restored the leading 0 of phone numbers stored as numbers",
    ),
    "roster_empty_file": QT_TRANSLATE_NOOP("Texts", "the roster has nobody in it"),
    "roster_too_many_rows": QT_TRANSLATE_NOOP(
        "Texts",
        "the roster is too long (more than {detail} rows)",
    ),
    "roster_too_large": QT_TRANSLATE_NOOP(
        "Texts",
        "the file is too large (more than {detail} bytes)",
    ),
    "roster_unsupported_format": QT_TRANSLATE_NOOP(
        "Texts",
        "unsupported file format ({detail}); save it as CSV or an Excel workbook (.xlsx)",
    ),
    "roster_encrypted": QT_TRANSLATE_NOOP(
        "Texts",
        "the Excel file is password-protected; remove the password, save, and import again",
    ),
    "roster_not_xlsx": QT_TRANSLATE_NOOP(
        "Texts",
        "this is not an Excel workbook (.xlsx): the file is damaged or misnamed",
    ),
    "roster_unreadable": QT_TRANSLATE_NOOP("Texts", "the file cannot be opened ({detail})"),
    "column_name": QT_TRANSLATE_NOOP("Texts", "name"),
    "column_affiliation": QT_TRANSLATE_NOOP("Texts", "affiliation"),
    "column_department": QT_TRANSLATE_NOOP("Texts", "department"),
    "column_position": QT_TRANSLATE_NOOP("Texts", "position"),
    "column_employee_no": QT_TRANSLATE_NOOP("Texts", "employee number"),
    "column_phone": QT_TRANSLATE_NOOP("Texts", "phone"),
    "column_email": QT_TRANSLATE_NOOP("Texts", "email"),
    "roster_unknown_problem": QT_TRANSLATE_NOOP("Texts", "{kind}"),
    "roster_no_header_hint": QT_TRANSLATE_NOOP(
        "Texts",
        " (no header row with a name column in the first rows)",
    ),
    "row_item": QT_TRANSLATE_NOOP("Texts", "{row}"),
    "rows_one": QT_TRANSLATE_NOOP("Texts", "row {rows}"),
    "rows_many": QT_TRANSLATE_NOOP("Texts", "rows {rows}"),
    "rows_more": QT_TRANSLATE_NOOP("Texts", "{rows} and {more} more"),
    "rows_pair": QT_TRANSLATE_NOOP("Texts", "rows {first}, {second}"),
    "rows_problem": QT_TRANSLATE_NOOP("Texts", "{rows}: {problem}"),
    # a slow step's progress bar (terminal) and what stopping it left (terminal and window)
    "progress_roster": QT_TRANSLATE_NOOP("Texts", "Reading the roster"),
    "progress_export": QT_TRANSLATE_NOOP("Texts", "Making the export"),
    "progress_merge": QT_TRANSLATE_NOOP("Texts", "Reading the files"),
    "progress_tickets": QT_TRANSLATE_NOOP("Texts", "Making the tickets"),
    "stopped_roster": QT_TRANSLATE_NOOP(
        "Texts", "Stopped: the roster was NOT imported; nothing was changed."
    ),
    "stopped_export": QT_TRANSLATE_NOOP("Texts", "Stopped: no export file was written."),
    "stopped_merge": QT_TRANSLATE_NOOP(
        "Texts", "Stopped: nothing was merged; the event file is unchanged."
    ),
    "stopped_tickets": QT_TRANSLATE_NOOP(
        "Texts",
        "Stopped: no ticket was written ({dir} is as it was) and the event file is unchanged.",
    ),
}
