package org.stepahead.adapter.in.web.ui;

/** A choice in a select or a group of checkboxes: the submitted value and the label shown. */
public record Option(String value, String label) {}
