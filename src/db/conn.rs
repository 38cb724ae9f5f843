//! The one seam between the stores and the database engine (README,
//! "Shared database"). Stores write SQL against `Connection`, bind with
//! [`params!`](crate::params) or arrays, and read with `Row::get`; no other
//! module names the engine's types. Today the engine is SQLite; the
//! PostgreSQL connection of SPEC §10 becomes a second variant of `Connection`,
//! and the statements that differ between the two go through
//! [`super::dialect`].
//!
//! The API mirrors rusqlite's on purpose: the calls read the same, values
//! are bound by reference (no copy on the import's hot path), and the type
//! rules of `Row::get` are rusqlite's (an integer never reads as text).
use std::fmt;

use rusqlite::types::{ToSqlOutput, ValueRef as LiteRef};

/// A value read from or bound to a statement, borrowed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ValueRef<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a [u8]),
    Blob(&'a [u8]),
}

/// A value owned, for parameter lists built at run time.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl ValueRef<'_> {
    fn kind(&self) -> &'static str {
        match self {
            ValueRef::Null => "null",
            ValueRef::Integer(_) => "integer",
            ValueRef::Real(_) => "real",
            ValueRef::Text(_) => "text",
            ValueRef::Blob(_) => "blob",
        }
    }
}

/// What went wrong below the stores. `From<Error> for AppError` maps it to
/// the user's terms and exit codes.
#[derive(Debug)]
pub enum Error {
    Sqlite(rusqlite::Error),
    /// `query_row` found no row; `optional()` turns it into `None`.
    NoRows,
    /// A column held a value of another type than the code reads.
    Type {
        column: usize,
        wanted: &'static str,
        found: &'static str,
    },
    /// A value of the right type that the code cannot take (an integer
    /// out of range, text that is not UTF-8).
    Value {
        column: usize,
        reason: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Sqlite(e) => e.fmt(f),
            Error::NoRows => f.write_str("query returned no rows"),
            Error::Type {
                column,
                wanted,
                found,
            } => write!(f, "column {column}: wanted {wanted}, found {found}"),
            Error::Value { column, reason } => write!(f, "column {column}: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        match err {
            rusqlite::Error::QueryReturnedNoRows => Error::NoRows,
            other => Error::Sqlite(other),
        }
    }
}

impl Error {
    /// The SQLite error underneath, for the code that tells its kinds apart.
    pub fn sqlite(&self) -> Option<&rusqlite::Error> {
        match self {
            Error::Sqlite(e) => Some(e),
            _ => None,
        }
    }

    /// A constraint (unique, foreign key, check) refused the statement.
    pub fn is_constraint(&self) -> bool {
        matches!(
            self.sqlite().and_then(|e| e.sqlite_error_code()),
            Some(rusqlite::ErrorCode::ConstraintViolation)
        )
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `Ok(None)` for a `query_row` that found no row.
pub trait OptionalExtension<T> {
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExtension<T> for Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(value) => Ok(Some(value)),
            Err(Error::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

// ---- binding -------------------------------------------------------------

/// A Rust value that can be bound to a `?N` placeholder.
pub trait ToValue {
    fn to_value(&self) -> ValueRef<'_>;
}

macro_rules! int_to_value {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> ValueRef<'_> {
                ValueRef::Integer(i64::from(*self))
            }
        }
    )*};
}
int_to_value!(i64, i32, u32, u16, u8, i16, i8);

impl ToValue for usize {
    fn to_value(&self) -> ValueRef<'_> {
        // Counts and limits; nothing in a desk database comes near i64::MAX.
        ValueRef::Integer(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl ToValue for bool {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Integer(i64::from(*self))
    }
}

impl ToValue for f64 {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Real(*self)
    }
}

impl ToValue for str {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Text(self.as_bytes())
    }
}

impl ToValue for String {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Text(self.as_bytes())
    }
}

impl ToValue for [u8] {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl ToValue for Vec<u8> {
    fn to_value(&self) -> ValueRef<'_> {
        ValueRef::Blob(self)
    }
}

impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> ValueRef<'_> {
        (**self).to_value()
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> ValueRef<'_> {
        self.as_ref().map_or(ValueRef::Null, ToValue::to_value)
    }
}

impl ToValue for Value {
    fn to_value(&self) -> ValueRef<'_> {
        match self {
            Value::Null => ValueRef::Null,
            Value::Integer(n) => ValueRef::Integer(*n),
            Value::Real(x) => ValueRef::Real(*x),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }
    }
}

impl ToValue for ValueRef<'_> {
    fn to_value(&self) -> ValueRef<'_> {
        *self
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Integer(n)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(value: Option<T>) -> Self {
        value.map_or(Value::Null, Into::into)
    }
}

/// The parameters of one statement: `[]`, `[a, b]`, `params![a, b]`, or a
/// list built at run time (`params_from_iter`).
pub trait Params {
    fn values(&self) -> Vec<ValueRef<'_>>;
}

impl Params for [&dyn ToValue; 0] {
    fn values(&self) -> Vec<ValueRef<'_>> {
        Vec::new()
    }
}

impl Params for &[&dyn ToValue] {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.iter().map(|v| v.to_value()).collect()
    }
}

macro_rules! array_params {
    ($($n:literal),*) => {$(
        impl<T: ToValue> Params for [T; $n] {
            fn values(&self) -> Vec<ValueRef<'_>> {
                self.iter().map(ToValue::to_value).collect()
            }
        }
    )*};
}
array_params!(1, 2, 3, 4, 5, 6, 7, 8);

/// Parameters collected at run time.
pub struct Iterated(Vec<Value>);

impl Params for Iterated {
    fn values(&self) -> Vec<ValueRef<'_>> {
        self.0.iter().map(ToValue::to_value).collect()
    }
}

pub fn params_from_iter<I: IntoIterator<Item = Value>>(values: I) -> Iterated {
    Iterated(values.into_iter().collect())
}

/// `params![a, b, c]`: a fixed list of values of different types.
#[macro_export]
macro_rules! params {
    () => {
        &[] as &[&dyn $crate::db::ToValue]
    };
    ($($value:expr),+ $(,)?) => {
        &[$(&$value as &dyn $crate::db::ToValue),+] as &[&dyn $crate::db::ToValue]
    };
}

/// One bound value, as SQLite takes it: borrowed, never copied.
struct Bound<'a>(ValueRef<'a>);

impl rusqlite::ToSql for Bound<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self.0 {
            ValueRef::Null => LiteRef::Null,
            ValueRef::Integer(n) => LiteRef::Integer(n),
            ValueRef::Real(x) => LiteRef::Real(x),
            ValueRef::Text(t) => LiteRef::Text(t),
            ValueRef::Blob(b) => LiteRef::Blob(b),
        }))
    }
}

fn bound<'a>(values: &'a [ValueRef<'a>]) -> Vec<Bound<'a>> {
    values.iter().map(|v| Bound(*v)).collect()
}

fn lite_params<'a>(
    values: &'a [Bound<'a>],
) -> rusqlite::ParamsFromIter<impl Iterator<Item = &'a Bound<'a>>> {
    rusqlite::params_from_iter(values.iter())
}

// ---- reading -------------------------------------------------------------

/// A Rust value that can be read from a column, with rusqlite's rules.
pub trait FromValue: Sized {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self>;
}

fn wrong(value: ValueRef<'_>, column: usize, wanted: &'static str) -> Error {
    Error::Type {
        column,
        wanted,
        found: value.kind(),
    }
}

impl FromValue for i64 {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Integer(n) => Ok(n),
            other => Err(wrong(other, column, "integer")),
        }
    }
}

macro_rules! narrow_int_from_value {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
                let n = i64::from_value(value, column)?;
                <$t>::try_from(n).map_err(|_| Error::Value {
                    column,
                    reason: format!("{n} is out of range"),
                })
            }
        }
    )*};
}
narrow_int_from_value!(i32, u32, u16, u8, usize, u64);

impl FromValue for bool {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        Ok(i64::from_value(value, column)? != 0)
    }
}

impl FromValue for f64 {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Integer(n) => Ok(n as f64),
            ValueRef::Real(x) => Ok(x),
            other => Err(wrong(other, column, "real")),
        }
    }
}

impl FromValue for String {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Text(t) => {
                std::str::from_utf8(t)
                    .map(str::to_owned)
                    .map_err(|e| Error::Value {
                        column,
                        reason: e.to_string(),
                    })
            }
            other => Err(wrong(other, column, "text")),
        }
    }
}

impl FromValue for Vec<u8> {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Blob(b) | ValueRef::Text(b) => Ok(b.to_vec()),
            other => Err(wrong(other, column, "blob")),
        }
    }
}

impl FromValue for Value {
    fn from_value(value: ValueRef<'_>, _column: usize) -> Result<Self> {
        Ok(match value {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(n) => Value::Integer(n),
            ValueRef::Real(x) => Value::Real(x),
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        })
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: ValueRef<'_>, column: usize) -> Result<Self> {
        match value {
            ValueRef::Null => Ok(None),
            other => T::from_value(other, column).map(Some),
        }
    }
}

/// One row of a result, valid while its statement is stepped.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    inner: &'a rusqlite::Row<'a>,
}

impl<'a> Row<'a> {
    pub fn get<T: FromValue>(&self, column: usize) -> Result<T> {
        T::from_value(self.get_ref(column)?, column)
    }

    pub fn get_ref(&self, column: usize) -> Result<ValueRef<'a>> {
        Ok(match self.inner.get_ref(column)? {
            LiteRef::Null => ValueRef::Null,
            LiteRef::Integer(n) => ValueRef::Integer(n),
            LiteRef::Real(x) => ValueRef::Real(x),
            LiteRef::Text(t) => ValueRef::Text(t),
            LiteRef::Blob(b) => ValueRef::Blob(b),
        })
    }
}

// ---- connections and statements -------------------------------------------

/// An open database connection.
pub struct Connection {
    lite: rusqlite::Connection,
}

impl Connection {
    pub(crate) fn sqlite(lite: rusqlite::Connection) -> Connection {
        Connection { lite }
    }

    /// The SQLite connection itself, for the engine's own tools (pragmas,
    /// the backup API, SQL functions).
    pub(crate) fn lite(&self) -> &rusqlite::Connection {
        &self.lite
    }

    pub fn execute<P: Params>(&self, sql: &str, params: P) -> Result<usize> {
        let values = params.values();
        let bound = bound(&values);
        Ok(self.lite.execute(sql, lite_params(&bound))?)
    }

    /// Several statements without parameters, one after the other.
    pub fn execute_batch(&self, sql: &str) -> Result<()> {
        Ok(self.lite.execute_batch(sql)?)
    }

    pub fn query_row<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        read: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        self.prepare(sql)?.query_row(params, read)
    }

    pub fn prepare(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement {
            inner: StatementInner::Plain(self.lite.prepare(sql)?),
        })
    }

    /// A statement kept prepared for the next call with the same SQL.
    pub fn prepare_cached(&self, sql: &str) -> Result<Statement<'_>> {
        Ok(Statement {
            inner: StatementInner::Cached(self.lite.prepare_cached(sql)?),
        })
    }

    /// The id of the row the last INSERT made.
    pub fn last_insert_rowid(&self) -> i64 {
        self.lite.last_insert_rowid()
    }

    /// Rows changed by the last INSERT/UPDATE/DELETE.
    pub fn changes(&self) -> u64 {
        self.lite.changes()
    }
}

enum StatementInner<'c> {
    Plain(rusqlite::Statement<'c>),
    Cached(rusqlite::CachedStatement<'c>),
}

/// A prepared statement.
pub struct Statement<'c> {
    inner: StatementInner<'c>,
}

impl<'c> Statement<'c> {
    fn lite(&mut self) -> &mut rusqlite::Statement<'c> {
        match &mut self.inner {
            StatementInner::Plain(s) => s,
            StatementInner::Cached(s) => s,
        }
    }

    pub fn execute<P: Params>(&mut self, params: P) -> Result<usize> {
        let values = params.values();
        let bound = bound(&values);
        Ok(self.lite().execute(lite_params(&bound))?)
    }

    pub fn query<P: Params>(&mut self, params: P) -> Result<Rows<'_>> {
        let values = params.values();
        let bound = bound(&values);
        Ok(Rows {
            inner: self.lite().query(lite_params(&bound))?,
        })
    }

    pub fn query_row<T, P: Params>(
        &mut self,
        params: P,
        read: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut rows = self.query(params)?;
        match rows.next()? {
            Some(row) => read(&row),
            None => Err(Error::NoRows),
        }
    }

    pub fn query_map<T, P: Params, F>(&mut self, params: P, read: F) -> Result<MappedRows<'_, F>>
    where
        F: FnMut(&Row<'_>) -> Result<T>,
    {
        Ok(MappedRows {
            rows: self.query(params)?,
            read,
        })
    }

    /// Does the query return at least one row?
    pub fn exists<P: Params>(&mut self, params: P) -> Result<bool> {
        Ok(self.query(params)?.next()?.is_some())
    }

    pub fn column_count(&mut self) -> usize {
        self.lite().column_count()
    }

    pub fn column_names(&mut self) -> Vec<String> {
        self.lite()
            .column_names()
            .into_iter()
            .map(str::to_owned)
            .collect()
    }
}

/// The rows of a query, stepped one at a time: memory stays flat however
/// many there are.
pub struct Rows<'s> {
    inner: rusqlite::Rows<'s>,
}

impl Rows<'_> {
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Row<'_>>> {
        Ok(self.inner.next()?.map(|inner| Row { inner }))
    }
}

/// Rows read through a closure, as an iterator.
pub struct MappedRows<'s, F> {
    rows: Rows<'s>,
    read: F,
}

impl<T, F> Iterator for MappedRows<'_, F>
where
    F: FnMut(&Row<'_>) -> Result<T>,
{
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        match self.rows.next() {
            Ok(Some(row)) => Some((self.read)(&row)),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// How a transaction takes its lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Begin {
    /// The write lock up front (waiting up to the busy timeout), so a busy
    /// database fails before anything is done.
    Immediate,
    /// Reads see one snapshot; the lock is taken at the first write.
    Deferred,
}

impl Connection {
    /// Opens a transaction; dropped without `commit`, it rolls back.
    pub fn begin(&self, begin: Begin) -> Result<Transaction<'_>> {
        self.execute_batch(match begin {
            Begin::Immediate => "BEGIN IMMEDIATE",
            Begin::Deferred => "BEGIN DEFERRED",
        })?;
        Ok(Transaction {
            conn: self,
            done: false,
        })
    }

    /// Runs `body` in one transaction: committed when it returns `Ok`,
    /// rolled back when it returns an error, panics, or the commit fails.
    pub fn transaction<T, E: From<Error>>(
        &self,
        begin: Begin,
        body: impl FnOnce(&Connection) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self.begin(begin)?;
        let value = body(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `body` in a transaction that is always rolled back: a dry run
    /// sees its own writes and leaves nothing behind.
    pub fn rolled_back<T, E: From<Error>>(
        &self,
        body: impl FnOnce(&Connection) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let tx = self.begin(Begin::Deferred)?;
        body(&tx)
    }
}

/// An open transaction: dropped without `commit`, it rolls back.
pub struct Transaction<'c> {
    conn: &'c Connection,
    done: bool,
}

impl Transaction<'_> {
    pub fn commit(mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT")?;
        self.done = true;
        Ok(())
    }

    /// Undoes everything (a dry run); dropping does the same.
    pub fn rollback(mut self) -> Result<()> {
        self.done = true;
        self.conn.execute_batch("ROLLBACK")
    }
}

impl std::ops::Deref for Transaction<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.done && !self.conn.lite.is_autocommit() {
            // Nothing more can be done about a failed rollback here: the
            // engine rolls back itself when the connection closes.
            let _ = self.conn.lite.execute_batch("ROLLBACK");
        }
    }
}

macro_rules! tuple_params {
    ($(($($name:ident : $t:ident),+)),*) => {$(
        impl<$($t: ToValue),+> Params for ($($t,)+) {
            fn values(&self) -> Vec<ValueRef<'_>> {
                let ($($name,)+) = self;
                vec![$($name.to_value()),+]
            }
        }
    )*};
}
tuple_params!((a: A, b: B), (a: A, b: B, c: C), (a: A, b: B, c: C, d: D));
