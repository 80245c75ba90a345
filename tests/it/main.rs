//! All integration tests in one binary, so a change relinks one test
//! executable instead of thirty. Each file is a module named after what it
//! tests; `common`, `advice_support`, `export_support` and `plain_support`
//! are shared helpers.

mod advice_support;
mod common;
mod export_support;
mod plain_support;
mod rules_support;

mod advice_example;
mod advice_findings;
mod advice_forms;
mod advice_law;
mod advice_plan_migration;
mod advice_raad;
mod advice_rules_besluit;
mod advice_rules_inventaris;
mod advice_rules_monitoring;
mod advice_rules_open;
mod advice_rules_partners;
mod advice_rules_vorm;
mod advice_rules_wgr;
mod advice_scan;
mod advice_tui;
mod background_saves;
mod bad_files;
mod bad_guide;
mod cli_diff;
mod cli_export;
mod cli_validate;
mod edges;
mod export_calendar;
mod export_dialog;
mod export_docx;
mod export_escaping;
mod export_formats;
mod export_worksheet;
mod flow;
mod fuzz;
mod guide_assets;
mod identity;
mod kill;
mod layers;
mod mouse;
mod orientation;
mod plain_commands;
mod plain_inputs;
mod plain_journey;
mod plain_pty;
mod plain_saving;
mod plan_details;
mod plan_limits;
mod pty;
mod reach;
mod reader_rules;
mod safety;
mod snapshots;
mod store_writes;
mod terminal_text;
mod undo;
mod workshop_answers;
mod workshop_app;
mod workshop_cases;
mod workshop_flow;
mod workshop_folder;
mod workshop_fuzz;
mod workshop_presenter;
mod workshop_pty;
mod workshop_snapshots;
mod writer_rules;

mod compare_support;

mod compare_cli;
mod compare_flow;
mod compare_fuzz;
mod compare_load;
mod compare_pty;
mod compare_rank;
mod compare_report;
mod compare_view;
