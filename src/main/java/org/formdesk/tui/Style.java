package org.formdesk.tui;

/** What a piece of text is; the painter decides how it looks (colour, or only bold and reverse under NO_COLOR). */
enum Style { NORMAL, TITLE, LABEL, INPUT, FOCUS, ERROR, WARNING, OK, DIM, SELECTED, BAR }
