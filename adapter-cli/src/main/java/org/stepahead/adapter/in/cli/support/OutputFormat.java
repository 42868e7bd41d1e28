package org.stepahead.adapter.in.cli.support;

/** The output formats: aligned tables for people, JSON for scripts, CSV for spreadsheets. */
public enum OutputFormat {
    TABLE,
    JSON,
    CSV
}
