//! Samenwerkwijzer: a guided checklist for Dutch municipal council members
//! who prepare a cooperation. The library is the pure core (guide, plan,
//! advice, storage, export) plus its front-ends: the terminal shell in
//! [`tui`], the line-by-line mode in [`plain`], and the command line in
//! [`cli`].

pub mod advice;
pub mod answer;
pub mod check;
pub mod cli;
pub mod compare;
pub mod diff;
pub mod export;
pub mod guide;
pub mod listing;
pub mod palette;
pub mod plain;
pub mod plan;
pub mod present;
pub mod ron_error;
pub mod session;
pub mod signals;
pub mod store;
pub mod text;
pub mod tui;
pub mod workshop;
