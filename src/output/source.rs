//! Where a list's rows come from. A command hands the output layer a
//! `RowSource` rather than a `Vec` of everything, so CSV and JSON stream
//! straight from the database and a table asks for no more rows than it
//! shows (then for a count of the rest): memory never grows with the data.
use super::{Cell, Rows};
use crate::error::Result;

/// Called with each row, in order.
pub type Sink<'s> = dyn FnMut(Vec<Cell>) -> Result<()> + 's;

/// A list's columns and a way to walk its rows.
pub trait RowSource {
    /// The column names: CSV headers and JSON keys, in order.
    fn columns(&self) -> &[String];
    /// Columns a table too narrow for all of them leaves out, least
    /// important first; those not named here are cut, never left out.
    fn expendable(&self) -> &[&'static str] {
        &[]
    }
    /// Hands every row to `sink` in order, at most `limit` of them.
    fn each(&mut self, limit: Option<u64>, sink: &mut Sink) -> Result<()>;
    /// How many rows there are in all; asked only when a table was cut.
    fn count(&mut self) -> Result<u64>;
}

impl RowSource for &Rows {
    fn columns(&self) -> &[String] {
        &self.columns
    }
    fn expendable(&self) -> &[&'static str] {
        self.expendable
    }
    fn each(&mut self, limit: Option<u64>, sink: &mut Sink) -> Result<()> {
        let take = limit.map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX));
        for row in self.rows.iter().take(take) {
            sink(row.clone())?;
        }
        Ok(())
    }
    fn count(&mut self) -> Result<u64> {
        Ok(self.rows.len() as u64)
    }
}

/// A source made of two closures: one walking the rows (with a limit, as
/// SQL's `LIMIT`), one counting them. For lists read from the database.
pub struct Query<E, C> {
    columns: Vec<String>,
    expendable: &'static [&'static str],
    each: E,
    count: C,
}

impl<E, C> Query<E, C>
where
    E: FnMut(Option<u64>, &mut Sink) -> Result<()>,
    C: FnMut() -> Result<u64>,
{
    pub fn new(columns: &[&str], each: E, count: C) -> Self {
        Query {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            expendable: &[],
            each,
            count,
        }
    }

    /// With extra columns known only at run time (a `reason`, say).
    pub fn with_columns(columns: Vec<String>, each: E, count: C) -> Self {
        Query {
            columns,
            expendable: &[],
            each,
            count,
        }
    }

    pub fn expendable(mut self, names: &'static [&'static str]) -> Self {
        self.expendable = names;
        self
    }
}

impl<E, C> RowSource for Query<E, C>
where
    E: FnMut(Option<u64>, &mut Sink) -> Result<()>,
    C: FnMut() -> Result<u64>,
{
    fn columns(&self) -> &[String] {
        &self.columns
    }
    fn expendable(&self) -> &[&'static str] {
        self.expendable
    }
    fn each(&mut self, limit: Option<u64>, sink: &mut Sink) -> Result<()> {
        (self.each)(limit, sink)
    }
    fn count(&mut self) -> Result<u64> {
        (self.count)()
    }
}

/// SQLite's `LIMIT` for an optional limit (`-1` is none).
pub fn sql_limit(limit: Option<u64>) -> i64 {
    limit.map_or(i64::MAX, |n| i64::try_from(n).unwrap_or(i64::MAX))
}
