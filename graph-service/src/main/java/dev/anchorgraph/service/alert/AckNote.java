package dev.anchorgraph.service.alert;

/** The optional body of an acknowledgement: what the person did about the alert, or why it is no concern. */
record AckNote(String note) {}
